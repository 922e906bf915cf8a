package io.instruct4j.selfkg.prompt;

import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.prompt.PromptLibrary;
import io.instruct4j.core.prompt.PromptTemplate;
import io.instruct4j.core.prompt.RenderedPrompt;
import io.instruct4j.selfkg.SelfKgConfig;
import io.instruct4j.selfkg.kg.Triple;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The Self-KG generation prompt of one language ({@code prompts/<lang>/self-kg/generate.txt}):
 * the entity's facts written one per line as {@code n. head | relation | tail}, and the request
 * for a mix of factual, multi-fact, comparison and advice questions grounded only in them. The
 * prompt is a pure function of the facts, so a rerun hits the response cache.
 */
public final class KgPrompts implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The template id recorded in provenance. */
  public static final String GENERATE = "self-kg/generate";
  /** The stage name of the generation calls (LLM counters, dead letters). */
  public static final String STAGE = "generate";

  private final String language;
  private final String domain;
  private final int count;
  private final PromptTemplate template;
  private final GenerationParams params;
  private final GenerationParams resampleParams;

  public KgPrompts(SelfKgConfig config, String language) {
    this.language = PromptLibrary.requireLanguage(language);
    this.domain = config.domainOr(language);
    this.count = config.questionsPerEntity();
    this.template = PromptLibrary.get(language, GENERATE);
    this.params = GenerationParams.of(config.temperature(), config.topP(), config.maxTokens());
    // A resample of an unusable reply must not repeat it: warmer when the first call was greedy.
    double warmer = Math.max(config.temperature(), 0.7);
    this.resampleParams = GenerationParams.of(warmer, config.topP(), config.maxTokens());
  }

  public String language() {
    return language;
  }

  /** The prompt for {@code entity} and the facts shown to the model, in order. */
  public RenderedPrompt render(String entity, List<Triple> facts) {
    if (facts.isEmpty()) {
      throw new IllegalArgumentException("no facts to write a prompt about '" + entity + "'");
    }
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < facts.size(); i++) {
      if (i > 0) {
        lines.append('\n');
      }
      lines.append(i + 1).append(". ").append(facts.get(i).line());
    }
    String text = template.render(Map.of("domain", domain, "entity", entity, "facts", lines.toString(),
        "count", count));
    return new RenderedPrompt(text, template.id(), template.version(), language);
  }

  public ChatCall call(String entity, List<Triple> facts) {
    return ChatCall.user(STAGE, render(entity, facts).text(), params);
  }

  public GenerationParams resampleParams() {
    return resampleParams;
  }

  public String templateVersion() {
    return template.version();
  }
}
