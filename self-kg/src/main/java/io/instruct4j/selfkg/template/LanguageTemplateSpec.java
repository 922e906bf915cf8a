package io.instruct4j.selfkg.template;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;

/**
 * One language's wording of a relation template. Placeholders: {@code {head}} (the entity),
 * {@code {relation}} (the relation's name as in the data) and, in the answer only,
 * {@code {tails}} (the related items, sorted and joined the language's way).
 *
 * @param questions question templates; one is chosen per entity by a stable hash, for variety
 * @param answer the answer template
 * @param keywords words that show a question asks about this relation (for the grounding check)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LanguageTemplateSpec(
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> questions,
    String answer,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> keywords)
    implements Serializable {

  public LanguageTemplateSpec {
    questions = questions == null ? List.of() : List.copyOf(questions);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }
}
