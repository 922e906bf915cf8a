package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.prompt.RenderedPrompt;
import io.instruct4j.selfqa.SelfQaConfig;
import io.instruct4j.selfqa.chunk.Chunk;
import io.instruct4j.selfqa.prompt.SelfQaPrompts;
import java.io.Serializable;

/**
 * The serializable seam that turns work items into model calls: each chunk's language picks the
 * templates. Questions are sampled (diversity); answers are greedy by default (faithfulness).
 * Prompts depend only on the chunk and the settings, so a rerun sends the same calls and the
 * response cache answers them.
 */
public final class QaPrompts implements Serializable {

  private static final long serialVersionUID = 1L;

  private final SelfQaPrompts en = SelfQaPrompts.forLanguage("en");
  private final SelfQaPrompts zh = SelfQaPrompts.forLanguage("zh");
  private final GenerationParams questionParams;
  private final GenerationParams answerParams;
  private final int count;

  public QaPrompts(SelfQaConfig config) {
    this.questionParams = GenerationParams.of(config.temperature(), config.topP(), config.maxTokens());
    this.answerParams = new GenerationParams(config.answerTemperature(), null, config.maxTokens(), null, null);
    this.count = config.questionsPerChunk();
  }

  /** Questions asked for per chunk. */
  public int count() {
    return count;
  }

  public ChatCall questions(Chunk chunk) {
    return ChatCall.user(Stages.QUESTIONS, questionsPrompt(chunk).text(), questionParams);
  }

  public RenderedPrompt questionsPrompt(Chunk chunk) {
    return prompts(chunk).questions(source(chunk), chunk.text(), count);
  }

  public ChatCall answer(Question question) {
    return ChatCall.user(Stages.ANSWERS, answerPrompt(question).text(), answerParams);
  }

  public RenderedPrompt answerPrompt(Question question) {
    Chunk chunk = question.chunk();
    return prompts(chunk).answer(source(chunk), chunk.text(), question.text());
  }

  /** The document title, and the section heading when it adds something: {@code Manual › Installation}. */
  static String source(Chunk chunk) {
    String title = chunk.title() == null ? chunk.documentPath() : chunk.title();
    return chunk.section() == null || chunk.section().equals(title) ? title : title + " › " + chunk.section();
  }

  private SelfQaPrompts prompts(Chunk chunk) {
    return "zh".equals(chunk.language()) ? zh : en;
  }
}
