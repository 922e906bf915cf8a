package io.instruct4j.filters.curate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.filters.dedup.DedupFields;
import io.instruct4j.filters.dedup.SemanticConfig;
import io.instruct4j.filters.dedup.SemanticDedup;
import java.io.Serializable;

/**
 * The {@code curate.semantic_duplicate} section: sentence-embedding dedup ({@link SemanticDedup})
 * with the bundled all-MiniLM-L6-v2 model. Missing keys take the {@link SemanticConfig#defaults()};
 * errors name {@code curate.semantic_duplicate.<key>}.
 *
 * @param enabled default false: embedding every example costs CPU time (roughly a few hundred
 *     short examples a second per core), and MiniLM is an English model whose scores on Chinese
 *     text are unreliable
 * @param threshold cosine similarity, in (0, 1]; default 0.95 (restatements; about 0.9 also
 *     catches close paraphrases)
 * @param fields the fields embedded; default {@code instruction_input_output}
 * @param batchSize examples embedded per model call, in [1, 4096]; default 64
 * @param neighbours approximate nearest neighbours searched per example, in [1, 1000]; default 10
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = false)
public record SemanticDuplicateSettings(
    Boolean enabled, Double threshold, DedupFields fields, Integer batchSize, Integer neighbours)
    implements Serializable {

  public SemanticDuplicateSettings {
    SemanticConfig d = SemanticConfig.defaults();
    enabled = enabled != null && enabled;
    threshold = threshold == null ? d.threshold() : threshold;
    fields = fields == null ? d.fields() : fields;
    batchSize = batchSize == null ? d.batchSize() : batchSize;
    neighbours = neighbours == null ? d.neighbours() : neighbours;
    // Checked now, so a bad value fails when the config is loaded, not after the input is read.
    new SemanticConfig(threshold, fields, batchSize, neighbours);
  }

  public static SemanticDuplicateSettings defaults() {
    return new SemanticDuplicateSettings(null, null, null, null, null);
  }

  /** The semantic dedup settings. */
  public SemanticConfig semanticConfig() {
    return new SemanticConfig(threshold, fields, batchSize, neighbours);
  }

  /** The deduplicator with the bundled MiniLM model; loading it takes a second or two. */
  public SemanticDedup dedup() {
    return new SemanticDedup(semanticConfig());
  }

  public SemanticDuplicateSettings withEnabled(boolean value) {
    return new SemanticDuplicateSettings(value, threshold, fields, batchSize, neighbours);
  }

  public SemanticDuplicateSettings withThreshold(double value) {
    return new SemanticDuplicateSettings(enabled, value, fields, batchSize, neighbours);
  }
}
