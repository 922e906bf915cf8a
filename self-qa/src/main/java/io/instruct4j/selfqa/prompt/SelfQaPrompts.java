package io.instruct4j.selfqa.prompt;

import io.instruct4j.core.prompt.PromptLibrary;
import io.instruct4j.core.prompt.PromptTemplate;
import io.instruct4j.core.prompt.RenderedPrompt;
import java.io.Serializable;
import java.util.Map;

/**
 * The two Self-QA prompts of one language (from {@code prompts/<lang>/self-qa/}): questions about
 * a passage, and the answer to one question with the passage as context. Loaded eagerly, so a
 * missing or broken template fails when the pipeline is built, not in the middle of a paid run.
 */
public final class SelfQaPrompts implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String QUESTIONS = "self-qa/questions";
  public static final String ANSWER = "self-qa/answer";

  private final String language;
  private final PromptTemplate questions;
  private final PromptTemplate answer;

  private SelfQaPrompts(String language) {
    this.language = language;
    this.questions = PromptLibrary.get(language, QUESTIONS);
    this.answer = PromptLibrary.get(language, ANSWER);
  }

  /** The prompts for {@code language} ({@code en} or {@code zh}). */
  public static SelfQaPrompts forLanguage(String language) {
    return new SelfQaPrompts(PromptLibrary.requireLanguage(language));
  }

  public String language() {
    return language;
  }

  /**
   * Asks for {@code count} questions about {@code passage}.
   *
   * @param source where the passage is from (document title and section), shown to the model so
   *     it can name the subject in self-contained questions
   */
  public RenderedPrompt questions(String source, String passage, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("question count must be at least 1, got " + count);
    }
    return render(questions, Map.of("source", requireText("source", source),
        "passage", requireText("passage", passage), "count", count));
  }

  /** Asks for the answer to {@code question} from {@code passage}. */
  public RenderedPrompt answer(String source, String passage, String question) {
    return render(answer, Map.of("source", requireText("source", source),
        "passage", requireText("passage", passage), "question", requireText("question", question)));
  }

  /** The template behind {@code id}, for provenance and inspection. */
  public PromptTemplate template(String id) {
    return switch (id) {
      case QUESTIONS -> questions;
      case ANSWER -> answer;
      default -> throw new IllegalArgumentException("unknown Self-QA prompt '" + id + "'");
    };
  }

  private static String requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
    }
    return value.strip();
  }

  private RenderedPrompt render(PromptTemplate template, Map<String, ?> values) {
    return new RenderedPrompt(template.render(values), template.id(), template.version(), language);
  }
}
