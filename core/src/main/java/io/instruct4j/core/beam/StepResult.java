package io.instruct4j.core.beam;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Reject;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/**
 * What a step made, what it refused (with reasons) and what failed: every input of a step ends in
 * exactly one of the three, which is what lets the run summary add up.
 */
public final class StepResult<T> implements POutput {

  private final PCollection<T> output;
  private final PCollection<Reject> rejects;
  private final PCollection<DeadLetter> deadLetters;

  public StepResult(PCollection<T> output, PCollection<Reject> rejects, PCollection<DeadLetter> deadLetters) {
    this.output = output;
    this.rejects = rejects;
    this.deadLetters = deadLetters;
  }

  public PCollection<T> output() {
    return output;
  }

  public PCollection<Reject> rejects() {
    return rejects;
  }

  public PCollection<DeadLetter> deadLetters() {
    return deadLetters;
  }

  /** Rejects of this step and {@code earlier} in one collection. */
  public PCollection<Reject> rejectsWith(String name, PCollection<Reject> earlier) {
    return PCollectionList.of(earlier).and(rejects).apply(name, Flatten.pCollections());
  }

  /** Dead letters of this step and {@code earlier} in one collection. */
  public PCollection<DeadLetter> deadLettersWith(String name, PCollection<DeadLetter> earlier) {
    return PCollectionList.of(earlier).and(deadLetters).apply(name, Flatten.pCollections());
  }

  @Override
  public Pipeline getPipeline() {
    return output.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    return Map.of(new TupleTag<>("output"), output, new TupleTag<>("rejects"), rejects,
        new TupleTag<>("dead_letters"), deadLetters);
  }

  @Override
  public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {}
}
