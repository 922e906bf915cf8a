package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.core.beam.AskAndParse;
import io.instruct4j.core.beam.CallLlm;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.Example;
import io.instruct4j.selfinstruct.parse.ClassificationAnswerParser;

/** Asks whether each instruction is a classification task; an answer that stays unparseable is a reject, never a guess. */
public final class ClassifyTasks {

  static final String STAGE = "classify";
  /** Filter name of instructions whose Yes/No answer could not be read after the resamples. */
  public static final String UNPARSEABLE = "unparseable_classification";

  private ClassifyTasks() {}

  /**
   * The step: {@code AskYesNo}, asked again up to {@code retries} times while the answer is
   * unreadable, then {@code ParseAnswer} ({@link ClassificationReplies}).
   */
  public static AskAndParse<Example, Example> of(Prompts prompts, LlmClientFactory llm, int retries) {
    return AskAndParse.of("AskYesNo",
        CallLlm.of(STAGE, llm, prompts::classify)
            .withDescription(Json::toLine)
            .withResampling(ClassifyTasks::readable, retries, prompts.classifyResample()),
        "ParseAnswer", new ClassificationReplies(), Example.class);
  }

  static Boolean readable(ChatResult reply) {
    return ClassificationAnswerParser.parse(reply.text()).isPresent();
  }
}
