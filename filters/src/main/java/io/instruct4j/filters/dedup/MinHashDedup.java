package io.instruct4j.filters.dedup;

import io.instruct4j.core.record.Example;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Near-duplicate dedup with MinHash and LSH banding, as in NeMo Curator and text-dedup, on
 * Lucene's {@code ShingleFilter} and {@code MinHashFilter} (see {@link ShingleSketcher}).
 *
 * <ol>
 *   <li>Each text becomes a set of n-token shingles (words in Latin script, characters in
 *       Chinese) and a MinHash signature of {@code numHashes} slots.
 *   <li>The signature is cut into b bands of r rows, b and r chosen from the threshold by
 *       {@link LshBands#forThreshold} (14 x 9 for 0.8 and 128 hashes); texts whose band
 *       hashes agree in at least one band are candidates (per band, among the newest
 *       {@code bucketScanLimit} texts of the bucket).
 *   <li>Candidates are verified on the <em>exact</em> Jaccard similarity of their shingle sets,
 *       not the signature estimate: short instructions have few shingles, so their signature
 *       holds few distinct values (10 for a 10-shingle text, however many slots) and the
 *       estimate is coarse exactly where the threshold must decide; exact verification also
 *       makes reasons and tests exact. Verified pairs are linked; clusters are connected components.
 *   <li>One member per cluster is kept by the {@link KeepRule}; the others are rejected as
 *       {@code near_duplicate} with {@code duplicate_of} the kept id.
 * </ol>
 *
 * <p>Memory is the examples plus, per example, its distinct shingle hashes (8 bytes each), a
 * 16-byte fingerprint and size, and up to b bucket memberships of 16 bytes (a bucket keeps only
 * its newest {@code bucketScanLimit} members). Hashing is fixed (MurmurHash3 with seed 0), so results do not vary between runs.
 * Texts without any word or character token are never near duplicates (exact dedup covers them).
 * Thread-safe: each run builds its own analysis chains and index.
 */
public final class MinHashDedup implements Deduplicator {

  public static final String NAME = "near_duplicate";

  private final MinHashConfig config;
  private final LshBands bands;

  public MinHashDedup() {
    this(MinHashConfig.defaults());
  }

  public MinHashDedup(MinHashConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.bands = LshBands.forThreshold(config.threshold(), config.numHashes());
  }

  @Override
  public String name() {
    return NAME;
  }

  public MinHashConfig config() {
    return config;
  }

  /** The number of LSH bands, b. */
  public int bands() {
    return bands.bands();
  }

  /** The signature slots per band, r. */
  public int rows() {
    return bands.rows();
  }

  @Override
  public DedupResult run(Iterable<Example> examples) {
    Objects.requireNonNull(examples, "examples");
    ResultAssembler result = new ResultAssembler(NAME);
    List<Example> all = new ArrayList<>();
    examples.forEach(example -> all.add(Objects.requireNonNull(example, "example")));
    NearDuplicateGraph graph = new NearDuplicateGraph(config.threshold(), bands, config.bucketScanLimit());
    // Shingling and MinHashing, most of the work, run on all cores; the graph takes texts in order.
    OrderedParallel.forEach(all, this::sketcher, (sketch, i) -> {
      result.add(all.get(i));
      graph.add(sketch.shingles(), sketch.shingles().length, sketch.signature());
    });
    markDuplicates(graph, result);
    return result.build();
  }

  /** A text's distinct sorted shingle hashes and its MinHash signature (unused when it has no shingle). */
  private record Sketch(long[] shingles, long[] signature) {}

  private Function<Example, Sketch> sketcher() {
    ShingleSketcher sketcher = new ShingleSketcher(config.shingleSize(), config.numHashes());
    return example -> {
      int count = sketcher.sketch(config.fields().text(example));
      return new Sketch(Arrays.copyOf(sketcher.shingles(), count), count == 0 ? null : sketcher.signature().clone());
    };
  }

  private void markDuplicates(NearDuplicateGraph graph, ResultAssembler result) {
    int n = result.size();
    Map<Integer, Integer> keptByCluster = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (graph.bestPartner(i) >= 0) {
        keptByCluster.merge(graph.cluster(i), i, (kept, candidate) ->
            config.keep().prefers(result.example(candidate), result.example(kept)) ? candidate : kept);
      }
    }
    for (int i = 0; i < n; i++) {
      Integer kept = keptByCluster.get(graph.cluster(i));
      if (kept != null && kept != i) {
        result.duplicate(i, kept, reason(graph, result, i, kept));
      }
    }
  }

  private String reason(NearDuplicateGraph graph, ResultAssembler result, int text, int kept) {
    String threshold = DedupSettings.decimal(config.threshold());
    String shingles = " (" + config.shingleSize() + "-token shingles of " + config.fields().key() + ")";
    double direct = graph.jaccard(text, kept);
    String keptId = result.example(kept).id();
    if (direct >= config.threshold()) {
      return "jaccard " + DedupSettings.decimal(direct) + " >= threshold " + threshold
          + " with kept " + keptId + shingles;
    }
    // Linked through other members: name the strongest link and the similarity to the kept one.
    int partner = graph.bestPartner(text);
    return "jaccard " + DedupSettings.decimal(graph.bestSimilarity(text)) + " >= threshold "
        + threshold + " with " + result.example(partner).id() + ", in the cluster of kept "
        + keptId + " (jaccard " + DedupSettings.decimal(direct) + " with it)" + shingles;
  }
}
