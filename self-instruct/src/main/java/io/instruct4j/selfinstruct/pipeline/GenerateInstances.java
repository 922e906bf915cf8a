package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.AskAndParse;
import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.Example;

/**
 * Asks for instances of each classified instruction (output-first for classification tasks,
 * input-first otherwise), parses them and applies the reference's clean-up; the kept instances
 * become the training examples.
 */
public final class GenerateInstances {

  static final String STAGE = "instances";

  private GenerateInstances() {}

  /** The step: {@code AskForInstances}, then {@code ParseAndClean} ({@link InstanceReplies}). */
  public static AskAndParse<Example, Example> of(Prompts prompts, LlmClientFactory llm) {
    return AskAndParse.of("AskForInstances", CallLlm.of(STAGE, llm, prompts::instances).withDescription(Json::toLine),
        "ParseAndClean", new InstanceReplies(prompts), Example.class);
  }
}
