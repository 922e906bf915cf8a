package io.instruct4j.filters.rouge;

import io.instruct4j.core.record.Similar;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Fast exact ROUGE-L against a growing pool: Lucene's postings find the entries sharing tokens
 * with the query, and the exact LCS is computed only where it could matter.
 *
 * <p>Why the pruning is safe: {@code LCS(a, b) <= shared(a, b) = Σ_t min(count_a(t),
 * count_b(t))}, and {@link RougeL#fmeasure} is increasing in the LCS, so
 * {@code fmeasure(shared, |a|, |b|)} bounds the score from above (it also implies the length
 * bound {@code 2·min(|a|,|b|)/(|a|+|b|)}). Entries sharing no token score exactly 0. Computed
 * scores are bit-identical to {@link ExhaustiveRougeScorer}'s, and so are all answers.
 *
 * <p>Shared counts come from one pass over the postings (with term frequencies) of the query's
 * distinct tokens. Prefix filtering (fetching only entries containing the query's rarest
 * tokens) was tried and was slower: Lucene's block-decoded postings are cheaper than
 * computing the overlap entry by entry.
 *
 * <p>Entries added since the last reader reopen (at most {@code tailLimit}) are checked
 * directly, so a pool that grows one entry per query does not reopen Lucene per query.
 */
public final class IndexedRougeScorer implements SimilarityIndex {

  /** Default number of unindexed entries tolerated before the Lucene reader is reopened. */
  public static final int DEFAULT_TAIL_LIMIT = 256;
  private static final int BUCKETS = 1024;

  private final PoolEntries pool;
  private final LucenePostings postings;
  private final Candidates candidates;

  public IndexedRougeScorer(RougeTokenizer tokenizer) {
    this(tokenizer, DEFAULT_TAIL_LIMIT);
  }

  /** @param tailLimit entries added since the last reopen that may be scanned directly, >= 0 */
  public IndexedRougeScorer(RougeTokenizer tokenizer, int tailLimit) {
    if (tailLimit < 0) {
      throw new IllegalArgumentException("tailLimit must be >= 0, got " + tailLimit);
    }
    this.pool = new PoolEntries(tokenizer);
    this.postings = new LucenePostings(); // after validation: nothing to leak on bad arguments
    this.candidates = new Candidates(pool, postings, tailLimit);
  }

  @Override
  public void add(String id, String text) {
    int ordinal = pool.add(id, text);
    postings.add(ordinal, pool.tokens(ordinal));
    candidates.fitPool();
  }

  @Override
  public int size() {
    return pool.size();
  }

  @Override
  public SimilarityMatch best(String text, int topK) {
    PoolEntries.checkTopK(topK);
    int[] query = pool.encodeQuery(text);
    candidates.findSharing(query);
    LcsPattern pattern = new LcsPattern(query);
    TopK top = new TopK(Math.max(1, Math.min(topK, pool.size())));
    // Highest bounds first, so the k-th best rises fast and prunes the rest. The order only
    // affects speed: TopK's ranking does not depend on it.
    for (int ordinal : byBoundDescending(query.length)) {
      if (top.couldEnter(bound(query.length, ordinal))) {
        top.offer(ordinal, exact(pattern, ordinal));
      }
    }
    return new SimilarityMatch(top.best(), OptionalDouble.empty(), top.toList(pool, topK));
  }

  @Override
  public SimilarityMatch bestWithMean(String text, int topK) {
    PoolEntries.checkTopK(topK);
    int[] query = pool.encodeQuery(text);
    candidates.findSharing(query);
    LcsPattern pattern = new LcsPattern(query);
    TopK top = new TopK(Math.max(1, Math.min(topK, pool.size())));
    double sum = 0.0;
    // Summing in insertion order, skipping exact zeros, is bit-identical to the oracle's sum.
    for (int ordinal : candidates.ordinalsInOrder()) {
      double score = exact(pattern, ordinal);
      sum += score;
      top.offer(ordinal, score);
    }
    double mean = pool.size() == 0 ? 0.0 : sum / pool.size();
    return new SimilarityMatch(top.best(), OptionalDouble.of(mean), top.toList(pool, topK));
  }

  @Override
  public Optional<Similar> firstAbove(String text, double threshold) {
    PoolEntries.checkThreshold(threshold);
    int[] query = pool.encodeQuery(text);
    candidates.findSharing(query);
    int[] promising = new int[candidates.count()];
    int kept = 0;
    for (int i = 0; i < candidates.count(); i++) {
      if (bound(query.length, candidates.ordinal(i)) > threshold) {
        promising[kept++] = candidates.ordinal(i);
      }
    }
    // Earliest entry first, the order the oracle finds them in.
    Arrays.sort(promising, 0, kept);
    LcsPattern pattern = new LcsPattern(query);
    for (int i = 0; i < kept; i++) {
      double score = exact(pattern, promising[i]);
      if (score > threshold) {
        return Optional.of(pool.similar(promising[i], score));
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    postings.close();
  }

  private double bound(int queryLength, int ordinal) {
    return RougeL.fmeasure(candidates.shared(ordinal), queryLength, pool.tokens(ordinal).length);
  }

  private double exact(LcsPattern pattern, int ordinal) {
    int[] entry = pool.tokens(ordinal);
    return RougeL.fmeasure(pattern.lcs(entry), pattern.length(), entry.length);
  }

  /** Candidates ordered by bound, highest first, by a counting sort on the bound's bucket. */
  private int[] byBoundDescending(int queryLength) {
    int count = candidates.count();
    int[] bucketStart = new int[BUCKETS + 1];
    int[] bucketOf = new int[count];
    for (int i = 0; i < count; i++) {
      int bucket = (BUCKETS - 1) - (int) (bound(queryLength, candidates.ordinal(i)) * (BUCKETS - 1));
      bucketOf[i] = bucket;
      bucketStart[bucket + 1]++;
    }
    for (int b = 0; b < BUCKETS; b++) {
      bucketStart[b + 1] += bucketStart[b];
    }
    int[] ordered = new int[count];
    for (int i = 0; i < count; i++) {
      ordered[bucketStart[bucketOf[i]]++] = candidates.ordinal(i);
    }
    return ordered;
  }
}
