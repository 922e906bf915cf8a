package io.instruct4j.selfkg.template;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One relation's template in one language, checked and ready to render.
 *
 * @param key the relation key ({@code symptom}, or {@code *} for the fallback)
 * @param language {@code en} or {@code zh}
 * @param questions question templates, at least one
 * @param answer the answer template, which contains {@code {tails}}
 * @param keywords words that show a question asks about this relation (lower case)
 * @param origin where the template came from ({@code built-in}, a file, {@code self_kg.templates})
 * @param version the version of that source
 */
public record RelationTemplate(String key, String language, List<String> questions, String answer,
    List<String> keywords, String origin, String version) implements Serializable {

  /** Prompt-id prefix of template examples in provenance. */
  public static final String ID_PREFIX = "self-kg/template/";

  public RelationTemplate {
    Objects.requireNonNull(key, "key");
    questions = List.copyOf(questions);
    keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
  }

  /** The provenance id, e.g. {@code self-kg/template/symptom}. */
  public String templateId() {
    return ID_PREFIX + (key.equals("*") ? "fallback" : key);
  }

  /** The question for {@code head}: a stable choice among the templates, so reruns agree. */
  public String question(String head, String relation) {
    String template = questions.get(Math.floorMod((head + "\u0000" + relation).hashCode(), questions.size()));
    return TemplateText.render(template, language, head, relation, List.of());
  }

  /** The answer listing {@code tails} (sorted by the caller). */
  public String answer(String head, String relation, List<String> tails) {
    return TemplateText.render(answer, language, head, relation, tails);
  }
}
