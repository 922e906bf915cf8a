package io.instruct4j.filters.rouge;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.core.record.Scores;
import io.instruct4j.core.record.Similar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Self-Instruct's diversity filter: rejects a candidate whose instruction has ROUGE-L F above
 * the threshold against any instruction in the pool, and adds each accepted candidate to the
 * pool at once, so later candidates of the same batch are compared with it too (as the
 * reference code appends to its pool). Candidates are processed in list order, so the outcome
 * is deterministic. Not thread-safe: one filter owns its pool.
 */
public final class RougeSimilarityFilter {

  /** The filter name recorded in rejects and counted in summaries. */
  public static final String FILTER_NAME = "rouge_l";
  /** The setting that holds the threshold; named in validation errors. */
  public static final String THRESHOLD_SETTING = "rouge_l_threshold";
  /** Self-Instruct's threshold. */
  public static final double DEFAULT_THRESHOLD = 0.7;
  /** How many similar pool entries are recorded per accepted example, as in Self-Instruct. */
  public static final int MOST_SIMILAR = 10;
  private static final int SNIPPET_CHARS = 60;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final SimilarityIndex pool;
  private final double threshold;
  private final boolean recordMean;
  private final String stage;

  /**
   * @param pool the pool to compare with and to grow; usually an {@link IndexedRougeScorer}
   * @param threshold reject above this ROUGE-L F-measure, in (0, 1]
   * @param recordMean whether to record the mean score over the pool (costs close to an
   *     exhaustive pass per accepted candidate; see {@link SimilarityIndex#bestWithMean})
   * @param stage the pipeline stage recorded in rejects, e.g. {@code bootstrap}
   */
  public RougeSimilarityFilter(SimilarityIndex pool, double threshold, boolean recordMean, String stage) {
    this.pool = Objects.requireNonNull(pool, "pool");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          THRESHOLD_SETTING + " must be in (0, 1] (Self-Instruct uses 0.7), got " + threshold);
    }
    this.threshold = threshold;
    this.recordMean = recordMean;
    this.stage = Objects.requireNonNull(stage, "stage");
  }

  /** Adds an example (a seed, or one accepted earlier) to the pool without checking it. */
  public void addToPool(Example example) {
    pool.add(example.id(), example.instruction());
  }

  /** Adds examples to the pool without checking them, in order, filing them in bulk. */
  public void addAllToPool(List<Example> examples) {
    pool.addAll(examples.stream().map(Example::id).toList(), examples.stream().map(Example::instruction).toList());
  }

  public int poolSize() {
    return pool.size();
  }

  /** Checks the candidates in order; accepted ones join the pool. */
  public RougeFilterResult filter(List<Example> candidates) {
    List<Example> accepted = new ArrayList<>();
    List<Reject> rejected = new ArrayList<>();
    for (Example candidate : candidates) {
      Optional<Similar> tooClose = pool.firstAbove(candidate.instruction(), threshold);
      if (tooClose.isPresent()) {
        rejected.add(reject(candidate, tooClose.get()));
        continue;
      }
      accepted.add(withScores(candidate));
      addToPool(candidate);
    }
    return new RougeFilterResult(accepted, rejected);
  }

  private Example withScores(Example candidate) {
    SimilarityMatch match = recordMean
        ? pool.bestWithMean(candidate.instruction(), MOST_SIMILAR)
        : pool.best(candidate.instruction(), MOST_SIMILAR);
    Scores old = candidate.scores();
    Double mean = match.mean().isPresent() ? match.mean().getAsDouble() : null;
    return candidate.withScores(new Scores(match.max(), mean, match.top(), old.other()));
  }

  private Reject reject(Example candidate, Similar match) {
    String reason = "ROUGE-L " + formatAbove(match.score(), threshold) + " against "
        + match.id() + " '" + snippet(match.text()) + "'";
    return Reject.ofExample(stage, FILTER_NAME, reason, candidate).withDuplicateOf(match.id());
  }

  /** "0.83 > 0.70", with more digits when two decimals would print "0.70 > 0.70". */
  static String formatAbove(double score, double limit) {
    for (int digits = 2; digits <= 6; digits += 2) {
      String s = String.format(Locale.ROOT, "%." + digits + "f", score);
      String l = String.format(Locale.ROOT, "%." + digits + "f", limit);
      if (!s.equals(l)) {
        return s + " > " + l;
      }
    }
    return score + " > " + limit;
  }

  static String snippet(String text) {
    String flat = WHITESPACE.matcher(text.strip()).replaceAll(" ");
    if (flat.length() <= SNIPPET_CHARS) {
      return flat;
    }
    int end = Character.isHighSurrogate(flat.charAt(SNIPPET_CHARS - 1)) ? SNIPPET_CHARS - 1 : SNIPPET_CHARS;
    return flat.substring(0, end) + "...";
  }
}
