package io.instruct4j.filters.dedup;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.instruct4j.core.record.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Semantic dedup: drops examples whose sentence embedding is within a cosine threshold of an
 * earlier kept example's, finding the nearest kept one in a Lucene HNSW index ({@link VectorIndex}).
 *
 * <p>Examples are taken in input order, so the kept one is always the earliest: an example whose
 * nearest kept neighbour has cosine {@code >= threshold} is rejected as its duplicate; otherwise
 * it is kept and joins the index. Embeddings are computed {@code batchSize} at a time and
 * normalized to unit length. Within a batch, the examples kept so far are compared exactly (they
 * are not in the index until the batch is added); earlier batches are searched in the HNSW graph,
 * which is approximate: a true nearest neighbour can occasionally be missed.
 *
 * <p>The default model is all-MiniLM-L6-v2 (384 dimensions, bundled, runs offline on the CPU).
 * Measured with it: "How do I reset my password?" scores 0.994 against its lower-case copy,
 * 0.992 against "How can I reset my password?", 0.945 against "What are the steps to reset my
 * password?", 0.898 against "I forgot my password, how do I change it?" and 0.07-0.12 against
 * unrelated questions. So the default 0.95 catches restatements; around 0.9 it also catches close
 * paraphrases, at the risk of merging related but distinct tasks. MiniLM is an English model:
 * on Chinese its scores are unreliable (unrelated Chinese questions scored 0.48-0.76 against each
 * other), so for Chinese data pass a Chinese or multilingual {@link EmbeddingModel}.
 * Thread-safe when the model is: each run has its own index.
 */
public final class SemanticDedup implements Deduplicator {

  public static final String NAME = "semantic_duplicate";

  private final EmbeddingModel model;
  private final SemanticConfig config;

  /** Uses the bundled all-MiniLM-L6-v2 model (loading it takes a second or two). */
  public SemanticDedup(SemanticConfig config) {
    this(new AllMiniLmL6V2EmbeddingModel(), config);
  }

  public SemanticDedup(EmbeddingModel model, SemanticConfig config) {
    this.model = Objects.requireNonNull(model, "model");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return NAME;
  }

  public SemanticConfig config() {
    return config;
  }

  @Override
  public DedupResult run(Iterable<Example> examples) {
    Objects.requireNonNull(examples, "examples");
    ResultAssembler result = new ResultAssembler(NAME);
    IntList keptIndexes = new IntList();
    try (VectorIndex index = new VectorIndex(config.neighbours())) {
      List<Example> batch = new ArrayList<>(config.batchSize());
      for (Example example : examples) {
        batch.add(Objects.requireNonNull(example, "example"));
        if (batch.size() == config.batchSize()) {
          processBatch(batch, index, result, keptIndexes);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        processBatch(batch, index, result, keptIndexes);
      }
    }
    return result.build();
  }

  private void processBatch(
      List<Example> batch, VectorIndex index, ResultAssembler result, IntList keptIndexes) {
    List<float[]> vectors = embed(batch);
    List<float[]> pendingVectors = new ArrayList<>();
    List<Integer> pendingOrdinals = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      int position = result.add(batch.get(i));
      float[] vector = vectors.get(i);
      VectorIndex.Neighbour best = index.nearest(vector);
      for (int p = 0; p < pendingVectors.size(); p++) {
        double cosine = dot(vector, pendingVectors.get(p));
        if (best == null || cosine > best.cosine()) {
          best = new VectorIndex.Neighbour(pendingOrdinals.get(p), cosine);
        }
      }
      if (best != null && best.cosine() >= config.threshold()) {
        int kept = keptIndexes.get(best.ordinal());
        result.duplicate(position, kept, "cosine " + DedupSettings.decimal(best.cosine())
            + " >= threshold " + DedupSettings.decimal(config.threshold()) + " with kept "
            + result.example(kept).id() + " (embeddings of " + config.fields().key() + ")");
      } else {
        pendingOrdinals.add(keptIndexes.size());
        pendingVectors.add(vector);
        keptIndexes.add(position);
      }
    }
    index.add(pendingVectors, pendingOrdinals);
    index.refresh();
  }

  private List<float[]> embed(List<Example> batch) {
    List<TextSegment> segments = new ArrayList<>(batch.size());
    for (Example example : batch) {
      segments.add(TextSegment.from(config.fields().text(example)));
    }
    List<Embedding> embeddings = model.embedAll(segments).content();
    if (embeddings == null || embeddings.size() != batch.size()) {
      throw new IllegalStateException("embedding model " + model.getClass().getName() + " returned "
          + (embeddings == null ? "no list" : embeddings.size() + " embeddings")
          + " for " + batch.size() + " texts");
    }
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    for (Embedding embedding : embeddings) {
      vectors.add(unit(embedding.vector()));
    }
    return vectors;
  }

  /** A unit-length copy; a zero vector stays zero (cosine 0 with everything). */
  static float[] unit(float[] vector) {
    double norm = 0.0;
    for (float x : vector) {
      norm += (double) x * x;
    }
    float[] out = vector.clone();
    if (norm > 0.0) {
      float scale = (float) (1.0 / Math.sqrt(norm));
      for (int i = 0; i < out.length; i++) {
        out[i] *= scale;
      }
    }
    return out;
  }

  static double dot(float[] a, float[] b) {
    double sum = 0.0;
    for (int i = 0; i < a.length; i++) {
      sum += (double) a[i] * b[i];
    }
    return sum;
  }
}
