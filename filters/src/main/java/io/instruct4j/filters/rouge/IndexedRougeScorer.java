package io.instruct4j.filters.rouge;

import io.instruct4j.core.record.Similar;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Fast exact ROUGE-L against a growing pool: an inverted index grouped by entry length and a
 * prefix/count filter ({@link PrefixSearch}) find the few entries that could matter, and a
 * bit-parallel LCS ({@link QueryPattern}) scores them. Every answer is bit-identical to
 * {@link ExhaustiveRougeScorer}'s.
 *
 * <p>{@link #firstAbove} scores, in insertion order, only the entries that could exceed the
 * threshold, and stops at the first that does; it compares LCS lengths with the least one
 * that exceeds the threshold, so needs no division. {@link #best} needs the k best scores,
 * whatever they are. It starts from the entries the filter's preceding {@code firstAbove} on
 * the same text scored ({@link ScoreMemo}): their k-th score is a safe lower bound τ on the
 * final one. Every entry scoring at least τ is then found and scored, skipping those whose
 * bound falls below the k-th best as it rises; once k entries score at least τ, nothing unseen
 * can enter. Without k remembered scores τ is guessed (0.5, then 0.25), and the last resort
 * is a scan of the pool. Entries sharing no token score exactly 0 and are never listed.
 *
 * <p>The mean cannot be pruned, so {@link #bestWithMean} scores every entry in one sequential
 * pass over {@link TokenArena} (two entries interleaved, scores from {@link ScoreTable}),
 * summing in insertion order as the oracle does. Not thread-safe.
 */
public final class IndexedRougeScorer implements SimilarityIndex {

  /** The first guess at the k-th best score; later guesses halve it down to LAST_GUESS, then scan. */
  private static final double FIRST_GUESS = 0.5;
  private static final double LAST_GUESS = 0.2;
  /** Entries scored per call of the interleaved LCS in {@link #bestWithMean}. */
  private static final int MEAN_CHUNK = 256;

  private final PoolEntries pool;
  private final TokenArena arena = new TokenArena();
  private final InvertedIndex index = new InvertedIndex();
  private final PrefixSearch search = new PrefixSearch(index, arena);
  private final QueryPattern pattern = new QueryPattern();
  private final Visits scored = new Visits();
  private final ScoreMemo memo = new ScoreMemo();
  private final ScoreTable scores = new ScoreTable();

  public IndexedRougeScorer(RougeTokenizer tokenizer) {
    this.pool = new PoolEntries(tokenizer);
  }

  @Override
  public void add(String id, String text) {
    int ordinal = pool.add(id, text);
    int[] tokens = pool.tokens(ordinal);
    arena.add(tokens);
    index.add(ordinal, tokens);
  }

  @Override
  public int size() {
    return pool.size();
  }

  @Override
  public SimilarityMatch best(String text, int topK) {
    PoolEntries.checkTopK(topK);
    int[] query = pool.encodeQuery(text);
    QueryPlan plan = new QueryPlan(query, index);
    TopK top = new TopK(Math.max(1, Math.min(topK, pool.size())));
    if (plan.known() > 0) {
      scored.start(pool.size());
      pattern.load(query, pool.vocabularySize());
      try {
        // What firstAbove computed for this very query seeds the top list.
        for (int i = 0, n = memo.sizeFor(query, pool.size()); i < n; i++) {
          int ordinal = memo.ordinal(i);
          if (memo.lcs(i) > 0 && scored.first(ordinal)) {
            top.offer(ordinal, RougeL.fmeasure(memo.lcs(i), plan.length(), arena.length(ordinal)));
          }
        }
        searchTop(plan, top);
      } finally {
        pattern.unload();
      }
    }
    return new SimilarityMatch(top.best(), OptionalDouble.empty(), top.toList(pool, topK));
  }

  private void searchTop(QueryPlan plan, TopK top) {
    int m = plan.length();
    double tau = top.full() ? top.kth() : FIRST_GUESS;
    while (tau > 0) {
      search.search(plan, tau, false, (ordinal, overlapBound, required) -> {
        int n = arena.length(ordinal);
        // The k-th best rises as entries are scored; the bound skips those that cannot enter.
        if (top.couldEnter(RougeL.fmeasure(Math.min(overlapBound, n), m, n))) {
          offer(top, ordinal, m);
        }
        return false;
      });
      // Every entry scoring >= tau has been offered; unseen ones score below tau <= the k-th.
      if (top.full() && top.kth() >= tau) {
        return;
      }
      tau = top.full() ? top.kth() : tau > LAST_GUESS ? tau / 2 : 0;
    }
    for (int ordinal = 0, size = pool.size(); ordinal < size; ordinal++) {
      offer(top, ordinal, m);
    }
  }

  private void offer(TopK top, int ordinal, int queryLength) {
    if (scored.first(ordinal)) {
      double score = score(ordinal, queryLength);
      if (score > 0) {
        top.offer(ordinal, score);
      }
    }
  }

  @Override
  public SimilarityMatch bestWithMean(String text, int topK) {
    PoolEntries.checkTopK(topK);
    int[] query = pool.encodeQuery(text);
    TopK top = new TopK(Math.max(1, Math.min(topK, pool.size())));
    int m = query.length;
    double sum = 0.0;
    pattern.load(query, pool.vocabularySize());
    scores.reset(m, arena.maxLength());
    try {
      int[] lcs = new int[MEAN_CHUNK];
      for (int first = 0, size = pool.size(); first < size; first += MEAN_CHUNK) {
        int end = Math.min(size, first + MEAN_CHUNK);
        pattern.lcsOfEntries(arena, first, end, lcs);
        for (int ordinal = first; ordinal < end; ordinal++) {
          if (lcs[ordinal - first] > 0) {
            // The oracle also adds the zeros skipped here; adding 0.0 never changes a sum.
            double score = scores.score(lcs[ordinal - first], arena.length(ordinal));
            sum += score;
            top.offer(ordinal, score);
          }
        }
      }
    } finally {
      pattern.unload();
    }
    double mean = pool.size() == 0 ? 0.0 : sum / pool.size();
    return new SimilarityMatch(top.best(), OptionalDouble.of(mean), top.toList(pool, topK));
  }

  @Override
  public Optional<Similar> firstAbove(String text, double threshold) {
    PoolEntries.checkThreshold(threshold);
    int[] query = pool.encodeQuery(text);
    QueryPlan plan = new QueryPlan(query, index);
    if (plan.known() == 0) {
      return Optional.empty(); // nothing shares a token: every score is 0
    }
    int m = plan.length();
    memo.begin(query, pool.size());
    pattern.load(query, pool.vocabularySize());
    try {
      // Earliest entry first, the order the oracle finds them in.
      // s(n) is where fmeasure first exceeds the threshold: comparing LCS lengths suffices.
      int ordinal = search.search(plan, threshold, true, (o, overlapBound, required) -> {
        int lcs = pattern.lcs(arena.data(), arena.start(o), arena.end(o));
        memo.record(o, lcs);
        return lcs >= required;
      });
      return ordinal < 0 ? Optional.empty() : Optional.of(pool.similar(ordinal, score(ordinal, m)));
    } finally {
      pattern.unload();
    }
  }

  private double score(int ordinal, int queryLength) {
    int lcs = pattern.lcs(arena.data(), arena.start(ordinal), arena.end(ordinal));
    return RougeL.fmeasure(lcs, queryLength, arena.length(ordinal));
  }
}
