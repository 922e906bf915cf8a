package io.instruct4j.selfkg.template;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * A relation-template YAML file: a version (recorded in every template example's provenance) and
 * the templates by relation key; the key {@code "*"} is the fallback for relations no template covers.
 *
 * @param version bumped whenever a wording changes
 * @param relations templates by relation key
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TemplateFileSpec(String version, Map<String, RelationTemplateSpec> relations) {

  public TemplateFileSpec {
    relations = relations == null ? Map.of() : relations;
  }
}
