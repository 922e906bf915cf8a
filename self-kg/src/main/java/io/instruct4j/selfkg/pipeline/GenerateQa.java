package io.instruct4j.selfkg.pipeline;

import io.instruct4j.core.beam.AskAndParse;
import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.selfkg.parse.QaReplyParser;
import io.instruct4j.selfkg.prompt.KgPrompts;

/**
 * The LLM generator: one prompt per entity with its facts (capped beforehand by
 * {@link CapFactsFn}), the reply asked again while it holds no pair (up to {@code reply_retries}
 * more samples), then parsed into candidates.
 */
public final class GenerateQa {

  private GenerateQa() {}

  /** The step: {@code AskForQa}, then {@code ParseQa} ({@link QaReplies}). */
  public static AskAndParse<PromptRequest, Candidate> of(KgPrompts prompts, LlmClientFactory llm, int replyRetries) {
    return AskAndParse.of("AskForQa",
        CallLlm.<PromptRequest>of(KgPrompts.STAGE, llm, r -> prompts.call(r.entity(), r.facts()))
            .withDescription(Json::toLine)
            .withResampling(GenerateQa::hasPairs, replyRetries, prompts.resampleParams()),
        "ParseQa", new QaReplies(prompts), Candidate.class);
  }

  static Boolean hasPairs(ChatResult reply) {
    return !QaReplyParser.parse(reply.text(), reply.truncated()).pairs().isEmpty();
  }
}
