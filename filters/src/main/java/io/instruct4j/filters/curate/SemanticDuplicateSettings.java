package io.instruct4j.filters.curate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import io.instruct4j.filters.dedup.DedupFields;
import io.instruct4j.filters.dedup.SemanticConfig;
import io.instruct4j.filters.dedup.SemanticDedup;
import java.io.Serializable;

/**
 * The {@code curate.semantic_duplicate} section: sentence-embedding dedup ({@link SemanticDedup})
 * with a bundled model: all-MiniLM-L6-v2 (English) or BGE-small-zh v1.5 (Chinese), both ONNX models
 * inside their jars that run offline. Missing keys take the {@link SemanticConfig#defaults()};
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
 * @param model {@value #MINILM} (default) or {@value #BGE_ZH}. Measured with BGE-small-zh:
 *     "如何重置我的密码？" scores 0.914 against "怎样才能重置密码？", 0.776 against "我忘记密码了，怎么改？"
 *     and 0.18-0.27 against unrelated questions, so about 0.9 catches Chinese restatements
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = false)
public record SemanticDuplicateSettings(
    Boolean enabled, Double threshold, DedupFields fields, Integer batchSize, Integer neighbours, String model)
    implements Serializable {

  /** The English model, all-MiniLM-L6-v2 (384 dimensions). */
  public static final String MINILM = "all-minilm-l6-v2";
  /** The Chinese model, BGE-small-zh v1.5 quantized (512 dimensions). */
  public static final String BGE_ZH = "bge-small-zh-v15";

  public SemanticDuplicateSettings(
      Boolean enabled, Double threshold, DedupFields fields, Integer batchSize, Integer neighbours) {
    this(enabled, threshold, fields, batchSize, neighbours, null);
  }

  public SemanticDuplicateSettings {
    SemanticConfig d = SemanticConfig.defaults();
    enabled = enabled != null && enabled;
    threshold = threshold == null ? d.threshold() : threshold;
    fields = fields == null ? d.fields() : fields;
    batchSize = batchSize == null ? d.batchSize() : batchSize;
    neighbours = neighbours == null ? d.neighbours() : neighbours;
    model = model == null ? MINILM : model;
    if (!model.equals(MINILM) && !model.equals(BGE_ZH)) {
      throw new IllegalArgumentException("curate.semantic_duplicate.model must be " + MINILM + " (English) or "
          + BGE_ZH + " (Chinese), got '" + model + "'");
    }
    // Checked now, so a bad value fails when the config is loaded, not after the input is read.
    new SemanticConfig(threshold, fields, batchSize, neighbours);
  }

  public static SemanticDuplicateSettings defaults() {
    return new SemanticDuplicateSettings(null, null, null, null, null, null);
  }

  /** The semantic dedup settings. */
  public SemanticConfig semanticConfig() {
    return new SemanticConfig(threshold, fields, batchSize, neighbours);
  }

  /** The deduplicator with the chosen bundled model; loading it takes a second or two. */
  public SemanticDedup dedup() {
    EmbeddingModel embedder = model.equals(BGE_ZH) ? new BgeSmallZhV15QuantizedEmbeddingModel()
        : new AllMiniLmL6V2EmbeddingModel();
    return new SemanticDedup(embedder, semanticConfig());
  }

  public SemanticDuplicateSettings withEnabled(boolean value) {
    return new SemanticDuplicateSettings(value, threshold, fields, batchSize, neighbours, model);
  }

  public SemanticDuplicateSettings withThreshold(double value) {
    return new SemanticDuplicateSettings(enabled, value, fields, batchSize, neighbours, model);
  }
}
