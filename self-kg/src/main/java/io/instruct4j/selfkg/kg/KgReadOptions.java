package io.instruct4j.selfkg.kg;

import io.instruct4j.selfkg.SelfKgConfig;
import java.util.List;
import java.util.Objects;

/**
 * How to read knowledge-graph files: the reader-relevant part of {@link SelfKgConfig}.
 *
 * @param header {@code auto}, {@code true} or {@code false} (TSV/CSV)
 * @param columns column order without a header (TSV/CSV)
 * @param entityKey the entity-name key of JSON entity records
 * @param relations the JSON keys read as relations; empty = all others
 * @param labelLanguage the preferred language of RDF labels and literals
 */
public record KgReadOptions(String header, List<String> columns, String entityKey, List<String> relations,
    String labelLanguage) {

  public KgReadOptions {
    Objects.requireNonNull(header, "header");
    columns = List.copyOf(columns);
    Objects.requireNonNull(entityKey, "entityKey");
    relations = List.copyOf(relations);
    Objects.requireNonNull(labelLanguage, "labelLanguage");
  }

  public static KgReadOptions of(SelfKgConfig config, String runLanguage) {
    return new KgReadOptions(config.header(), config.columns(), config.entityKey(), config.relations(),
        config.labelLanguageOr(runLanguage));
  }
}
