package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.LlmResult;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Asks for instances of each classified instruction (output-first for classification tasks,
 * input-first otherwise), parses them and applies the reference's clean-up; the kept instances
 * become the training examples.
 */
public final class GenerateInstances extends PTransform<PCollection<Example>, StepResult<Example>> {

  static final String STAGE = "instances";

  private final Prompts prompts;
  private final LlmClientFactory llm;

  public GenerateInstances(Prompts prompts, LlmClientFactory llm) {
    this.prompts = prompts;
    this.llm = llm;
  }

  @Override
  public StepResult<Example> expand(PCollection<Example> instructions) {
    LlmResult<Example> replies = instructions.apply("AskForInstances",
        CallLlm.of(STAGE, llm, prompts::instances).withDescription(Json::toLine));
    TupleTag<Example> examples = new TupleTag<>() {};
    TupleTag<Reject> rejects = new TupleTag<>() {};
    PCollectionTuple out = replies.replies().apply("ParseAndClean",
        ParDo.of(new ParseInstancesFn(prompts, examples, rejects)).withOutputTags(examples, TupleTagList.of(rejects)));
    return new StepResult<>(
        out.get(examples).setCoder(JsonCoder.of(Example.class)),
        out.get(rejects).setCoder(JsonCoder.of(Reject.class)),
        replies.failures());
  }
}
