package io.instruct4j.selfkg.pipeline;

import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.LlmResult;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfkg.parse.QaReplyParser;
import io.instruct4j.selfkg.prompt.KgPrompts;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The LLM generator: one prompt per entity with its (capped) facts, the reply asked again while it
 * holds no pair (up to {@code reply_retries} more samples), then parsed into candidates.
 */
public final class GenerateQa extends PTransform<PCollection<FactGroup>, StepResult<Candidate>> {

  private final KgPrompts prompts;
  private final LlmClientFactory llm;
  private final int maxFacts;
  private final int replyRetries;

  public GenerateQa(KgPrompts prompts, LlmClientFactory llm, int maxFacts, int replyRetries) {
    this.prompts = prompts;
    this.llm = llm;
    this.maxFacts = maxFacts;
    this.replyRetries = replyRetries;
  }

  @Override
  public StepResult<Candidate> expand(PCollection<FactGroup> groups) {
    PCollection<PromptRequest> requests = groups.apply("CapFacts", ParDo.of(new Cap(maxFacts)))
        .setCoder(JsonCoder.of(PromptRequest.class));
    KgPrompts p = prompts;
    SerializableFunction<ChatResult, Boolean> hasPairs = GenerateQa::hasPairs;
    LlmResult<PromptRequest> replies = requests.apply("AskForQa",
        CallLlm.<PromptRequest>of(KgPrompts.STAGE, llm, r -> p.call(r.entity(), r.facts()))
            .withDescription(Json::toLine)
            .withResampling(hasPairs, replyRetries, prompts.resampleParams()));
    TupleTag<Candidate> candidates = new TupleTag<>() {};
    TupleTag<Reject> rejects = new TupleTag<>() {};
    PCollectionTuple parsed = replies.replies().apply("ParseQa",
        ParDo.of(new ParseQaFn(prompts, candidates, rejects)).withOutputTags(candidates, TupleTagList.of(rejects)));
    return new StepResult<>(parsed.get(candidates).setCoder(JsonCoder.of(Candidate.class)),
        parsed.get(rejects).setCoder(JsonCoder.of(Reject.class)), replies.failures());
  }

  static Boolean hasPairs(ChatResult reply) {
    return !QaReplyParser.parse(reply.text(), reply.truncated()).pairs().isEmpty();
  }

  /** Own facts first, then second-hop facts, each sorted; the first {@code max} go into the prompt. */
  static final class Cap extends DoFn<FactGroup, PromptRequest> {
    private final int max;

    Cap(int max) {
      this.max = max;
    }

    @ProcessElement
    public void process(@Element FactGroup group, OutputReceiver<PromptRequest> out) {
      int leftOut = group.leftOut(max);
      SelfKgCounters.inc(SelfKgCounters.FACTS_LEFT_OUT, leftOut);
      SelfKgCounters.inc(SelfKgCounters.PROMPTS, 1);
      out.output(new PromptRequest(group.entity(), group.firstFacts(max), leftOut));
    }
  }
}
