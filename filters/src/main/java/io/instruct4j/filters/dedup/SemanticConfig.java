package io.instruct4j.filters.dedup;

import java.io.Serializable;

/**
 * Settings of {@link SemanticDedup}, checked on construction; messages name the
 * {@code curate.semantic_duplicate.*} setting to fix.
 *
 * @param threshold the cosine similarity of embeddings at or above which an example duplicates a
 *     kept one, in (0, 1]; default 0.95 (near-verbatim restatements with MiniLM; paraphrases score
 *     lower, see {@link SemanticDedup})
 * @param fields the example fields embedded; default instruction, input and output
 * @param batchSize examples embedded per model call and added to the index per refresh, in
 *     [1, 4096]; default 64
 * @param neighbours how many approximate nearest neighbours the HNSW search returns per query,
 *     in [1, 1000]; default 10. More finds the true nearest more often, at some cost
 */
public record SemanticConfig(double threshold, DedupFields fields, int batchSize, int neighbours)
    implements Serializable {

  public SemanticConfig {
    String filter = SemanticDedup.NAME;
    DedupSettings.threshold(DedupSettings.key(filter, "threshold"), threshold);
    DedupSettings.required(DedupSettings.key(filter, "fields"), fields);
    DedupSettings.between(DedupSettings.key(filter, "batch_size"), batchSize, 1, 4096);
    DedupSettings.between(DedupSettings.key(filter, "neighbours"), neighbours, 1, 1000);
  }

  public static SemanticConfig defaults() {
    return new SemanticConfig(0.95, DedupFields.INSTRUCTION_INPUT_OUTPUT, 64, 10);
  }

  public SemanticConfig withThreshold(double value) {
    return new SemanticConfig(value, fields, batchSize, neighbours);
  }

  public SemanticConfig withFields(DedupFields value) {
    return new SemanticConfig(threshold, value, batchSize, neighbours);
  }

  public SemanticConfig withBatchSize(int value) {
    return new SemanticConfig(threshold, fields, value, neighbours);
  }

  public SemanticConfig withNeighbours(int value) {
    return new SemanticConfig(threshold, fields, batchSize, value);
  }
}
