package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.beam.AskAndParse;
import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.Example;
import io.instruct4j.selfqa.filter.AnswerFilters;

/** Asks the model to answer each question from its chunk, and keeps the answers that pass the filters. */
public final class GenerateAnswers {

  private GenerateAnswers() {}

  /** The step: {@code AskForAnswers}, then {@code ParseAndFilter} ({@link AnswerReplies}). */
  public static AskAndParse<Question, Example> of(QaPrompts prompts, LlmClientFactory llm, AnswerFilters filters) {
    return AskAndParse.of("AskForAnswers",
        CallLlm.of(Stages.ANSWERS, llm, prompts::answer).withDescription(Json::toLine),
        "ParseAndFilter", new AnswerReplies(prompts, filters), Example.class);
  }
}
