package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.AskAndParse;
import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.selfinstruct.filter.FilterChain;
import io.instruct4j.selfinstruct.parse.TruncationPolicy;

/** Asks the model to continue each prompt's task list, parses the replies and applies the paper's filters. */
public final class GenerateInstructions {

  static final String STAGE = "bootstrap";

  private GenerateInstructions() {}

  /** The step: {@code AskForTasks}, then {@code ParseAndFilter} ({@link InstructionReplies}). */
  public static AskAndParse<BootstrapRequest, Candidate> of(Prompts prompts, LlmClientFactory llm, FilterChain filters,
      TruncationPolicy truncation) {
    return AskAndParse.of("AskForTasks", CallLlm.of(STAGE, llm, prompts::bootstrap).withDescription(Json::toLine),
        "ParseAndFilter", new InstructionReplies(prompts, filters, truncation), Candidate.class);
  }
}
