package io.instruct4j.selfkg.template;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;

/**
 * How one relation is asked about, as written in YAML: the relation names it covers and, per
 * language, the question templates, the answer template and the words that show a question is
 * about this relation.
 *
 * @param aliases relation names this template covers besides its key (matched ignoring case,
 *     spaces, {@code _} and {@code -}), e.g. {@code [相关症状, has_symptom]}
 * @param en the English wording
 * @param zh the Chinese wording
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RelationTemplateSpec(
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> aliases,
    LanguageTemplateSpec en,
    LanguageTemplateSpec zh)
    implements Serializable {

  public RelationTemplateSpec {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** The wording for {@code language}, or null when this template has none. */
  public LanguageTemplateSpec forLanguage(String language) {
    return language.equals("zh") ? zh : en;
  }
}
