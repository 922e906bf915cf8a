package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.LlmResult;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfinstruct.filter.FilterChain;
import io.instruct4j.selfinstruct.parse.TruncationPolicy;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/** Asks the model to continue each prompt's task list, parses the replies and applies the paper's filters. */
public final class GenerateInstructions extends PTransform<PCollection<BootstrapRequest>, StepResult<Candidate>> {

  static final String STAGE = "bootstrap";

  private final Prompts prompts;
  private final LlmClientFactory llm;
  private final FilterChain filters;
  private final TruncationPolicy truncation;

  public GenerateInstructions(Prompts prompts, LlmClientFactory llm, FilterChain filters, TruncationPolicy truncation) {
    this.prompts = prompts;
    this.llm = llm;
    this.filters = filters;
    this.truncation = truncation;
  }

  @Override
  public StepResult<Candidate> expand(PCollection<BootstrapRequest> requests) {
    LlmResult<BootstrapRequest> replies = requests.apply("AskForTasks",
        CallLlm.of(STAGE, llm, prompts::bootstrap).withDescription(Json::toLine));
    TupleTag<Candidate> candidates = new TupleTag<>() {};
    TupleTag<Reject> rejects = new TupleTag<>() {};
    PCollectionTuple parsed = replies.replies().apply("ParseAndFilter",
        ParDo.of(new ParseInstructionsFn(prompts, filters, truncation, candidates, rejects))
            .withOutputTags(candidates, TupleTagList.of(rejects)));
    return new StepResult<>(
        parsed.get(candidates).setCoder(JsonCoder.of(Candidate.class)),
        parsed.get(rejects).setCoder(JsonCoder.of(Reject.class)),
        replies.failures());
  }
}
