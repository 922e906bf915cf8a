package io.instruct4j.core.beam;

import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.record.DeadLetter;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/** The two outputs of {@link CallLlm}: replies keyed by their work item, and dead letters. */
public final class LlmResult<T> implements POutput {

  private static final TupleTag<Object> REPLIES = new TupleTag<>("replies");
  private static final TupleTag<Object> FAILURES = new TupleTag<>("failures");

  private final Pipeline pipeline;
  private final PCollection<KV<T, ChatResult>> replies;
  private final PCollection<DeadLetter> failures;

  LlmResult(Pipeline pipeline, PCollection<KV<T, ChatResult>> replies, PCollection<DeadLetter> failures) {
    this.pipeline = pipeline;
    this.replies = replies;
    this.failures = failures;
  }

  public PCollection<KV<T, ChatResult>> replies() {
    return replies;
  }

  public PCollection<DeadLetter> failures() {
    return failures;
  }

  @Override
  public Pipeline getPipeline() {
    return pipeline;
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    return Map.of(REPLIES, replies, FAILURES, failures);
  }

  @Override
  public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {}
}
