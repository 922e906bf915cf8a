package io.instruct4j.filters.rouge;

import io.instruct4j.core.record.Similar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * The oracle: scores a text against every pool entry with the textbook LCS, as Self-Instruct's
 * reference code does. O(pool size) LCS computations per query; use {@link IndexedRougeScorer}
 * for real pools and this one to check it.
 */
public final class ExhaustiveRougeScorer implements SimilarityIndex {

  private final PoolEntries pool;

  public ExhaustiveRougeScorer(RougeTokenizer tokenizer) {
    this.pool = new PoolEntries(tokenizer);
  }

  @Override
  public void add(String id, String text) {
    pool.add(id, text);
  }

  @Override
  public int size() {
    return pool.size();
  }

  @Override
  public SimilarityMatch best(String text, int topK) {
    PoolEntries.checkTopK(topK);
    double[] scores = scoreAll(text);
    return new SimilarityMatch(max(scores), OptionalDouble.empty(), top(scores, topK));
  }

  @Override
  public SimilarityMatch bestWithMean(String text, int topK) {
    PoolEntries.checkTopK(topK);
    double[] scores = scoreAll(text);
    double sum = 0.0;
    for (double score : scores) { // insertion order: the indexed scorer sums in the same order
      sum += score;
    }
    double mean = scores.length == 0 ? 0.0 : sum / scores.length;
    return new SimilarityMatch(max(scores), OptionalDouble.of(mean), top(scores, topK));
  }

  @Override
  public Optional<Similar> firstAbove(String text, double threshold) {
    PoolEntries.checkThreshold(threshold);
    int[] query = pool.encodeQuery(text);
    for (int ordinal = 0; ordinal < pool.size(); ordinal++) {
      double score = RougeL.score(query, pool.tokens(ordinal));
      if (score > threshold) {
        return Optional.of(pool.similar(ordinal, score));
      }
    }
    return Optional.empty();
  }

  private double[] scoreAll(String text) {
    int[] query = pool.encodeQuery(text);
    double[] scores = new double[pool.size()];
    for (int ordinal = 0; ordinal < scores.length; ordinal++) {
      scores[ordinal] = RougeL.score(query, pool.tokens(ordinal));
    }
    return scores;
  }

  private static double max(double[] scores) {
    double max = 0.0;
    for (double score : scores) {
      max = Math.max(max, score);
    }
    return max;
  }

  private List<Similar> top(double[] scores, int topK) {
    // A stable sort by score keeps insertion order among equal scores.
    List<Similar> top = new ArrayList<>();
    IntStream.range(0, scores.length)
        .filter(ordinal -> scores[ordinal] > 0)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer ordinal) -> scores[ordinal]).reversed())
        .limit(topK)
        .forEach(ordinal -> top.add(pool.similar(ordinal, scores[ordinal])));
    return top;
  }
}
