package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.beam.AskAndParse;
import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.selfqa.chunk.Chunk;
import io.instruct4j.selfqa.filter.QuestionFilters;

/** Asks the model for questions about each chunk, parses the replies and filters the questions. */
public final class GenerateQuestions {

  private GenerateQuestions() {}

  /** The step: {@code AskForQuestions}, then {@code ParseAndFilter} ({@link QuestionReplies}). */
  public static AskAndParse<Chunk, Question> of(QaPrompts prompts, LlmClientFactory llm, QuestionFilters filters) {
    return AskAndParse.of("AskForQuestions",
        CallLlm.of(Stages.QUESTIONS, llm, prompts::questions).withDescription(Json::toLine),
        "ParseAndFilter", new QuestionReplies(prompts, filters), Question.class);
  }
}
