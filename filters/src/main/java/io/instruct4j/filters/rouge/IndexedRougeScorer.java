package io.instruct4j.filters.rouge;

import io.instruct4j.core.record.Similar;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Fast exact ROUGE-L against a growing pool: a prefix index ({@link PrefixIndex}) lists the few
 * entries that could reach a score, and a bit-parallel LCS ({@link QueryPattern}) scores them.
 * Every answer is bit-identical to {@link ExhaustiveRougeScorer}'s.
 *
 * <p>{@link #firstAbove} scores only the entries that could exceed the threshold, rarest shared
 * token first, and reports the least ordinal that does ({@link PrefixSearch}); it compares LCS
 * lengths with the least one that exceeds the threshold, so needs no division. {@link #best}
 * needs the k best scores, whatever they are ({@link TopSearch}). It starts from the entries
 * the filter's preceding {@code firstAbove} on the same text scored ({@link ScoreMemo}), then
 * reads the query's tokens rarest first, scoring the entries whose bound can still beat the
 * k-th best, until no unread entry can. Entries sharing no token score exactly 0 and are never
 * listed.
 *
 * <p>The mean cannot be pruned, so {@link #bestWithMean} scores every entry in one sequential
 * pass over {@link TokenArena} (two entries interleaved, scores from {@link ScoreTable}),
 * summing in insertion order as the oracle does. Not thread-safe.
 */
public final class IndexedRougeScorer implements SimilarityIndex {

  /** Entries scored per call of the interleaved LCS in {@link #bestWithMean}. */
  private static final int MEAN_CHUNK = 256;

  private final PoolEntries pool;
  private final TokenArena arena = new TokenArena();
  private final PrefixIndex index = new PrefixIndex(arena);
  private final PrefixSearch search = new PrefixSearch(index);
  private final TopSearch topSearch = new TopSearch(index);
  private final TokenSignatures signature = new TokenSignatures();
  private final QueryPattern pattern = new QueryPattern();
  private final Visits scored = new Visits();
  private final ScoreMemo memo = new ScoreMemo();
  private final ScoreTable scores = new ScoreTable();

  public IndexedRougeScorer(RougeTokenizer tokenizer) {
    this.pool = new PoolEntries(tokenizer);
  }

  @Override
  public void add(String id, String text) {
    index.add(append(id, text));
  }

  /** Adds the entries like {@link #add} in order, filing their postings in bulk. */
  @Override
  public void addAll(List<String> ids, List<String> texts) {
    SimilarityIndex.checkSameSize(ids, texts);
    int from = pool.size();
    try {
      for (int i = 0; i < ids.size(); i++) {
        append(ids.get(i), texts.get(i));
      }
    } finally {
      index.addAll(from, pool.size()); // what was added before a bad entry is searchable, as with add
    }
  }

  /** Adds the entry to the pool and its tokens to the arena, not yet to the index; returns its ordinal. */
  private int append(String id, String text) {
    int ordinal = pool.add(id, text);
    arena.add(pool.tokens(ordinal));
    return ordinal;
  }

  @Override
  public int size() {
    return pool.size();
  }

  @Override
  public SimilarityMatch best(String text, int topK) {
    PoolEntries.checkTopK(topK);
    int[] query = pool.encodeQuery(text);
    QueryPlan plan = new QueryPlan(query, index.order());
    TopK top = new TopK(Math.max(1, Math.min(topK, pool.size())));
    if (plan.known() > 0) {
      scored.start(pool.size());
      pattern.load(query, pool.vocabularySize());
      signature.load(query);
      try {
        // What firstAbove computed for this very query seeds the top list.
        for (int i = 0, n = memo.sizeFor(query, pool.size()); i < n; i++) {
          int ordinal = memo.ordinal(i);
          if (memo.lcs(i) > 0 && scored.first(ordinal)) {
            top.offer(ordinal, RougeL.fmeasure(memo.lcs(i), plan.length(), arena.length(ordinal)));
          }
        }
        int m = plan.length();
        topSearch.search(plan, signature, scored, top, ordinal -> score(ordinal, m));
      } finally {
        pattern.unload();
      }
    }
    return new SimilarityMatch(top.best(), OptionalDouble.empty(), top.toList(pool, topK));
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
    QueryPlan plan = new QueryPlan(query, index.order());
    if (plan.known() == 0) {
      return Optional.empty(); // nothing shares a token: every score is 0
    }
    int m = plan.length();
    memo.begin(query, pool.size());
    scored.start(pool.size());
    pattern.load(query, pool.vocabularySize());
    signature.load(query);
    try {
      // The least ordinal above the threshold: the entry the oracle, scanning in order, meets first.
      int found = search.search(plan, threshold, true, signature, pool.size(), (ordinal, bound, required) -> {
        if (!scored.first(ordinal)) {
          return false; // met through an earlier token, and no match then
        }
        int lcs = pattern.lcs(arena.data(), arena.start(ordinal), arena.end(ordinal));
        memo.record(ordinal, lcs);
        // s(n) is where fmeasure first exceeds the threshold: comparing LCS lengths suffices.
        return lcs >= required;
      });
      // The match was scored by the visitor: its LCS is in the memo, no need to compute it again.
      return found < 0 ? Optional.empty()
          : Optional.of(pool.similar(found, RougeL.fmeasure(memo.lcsOf(found), m, arena.length(found))));
    } finally {
      pattern.unload();
    }
  }

  private double score(int ordinal, int queryLength) {
    int lcs = pattern.lcs(arena.data(), arena.start(ordinal), arena.end(ordinal));
    return RougeL.fmeasure(lcs, queryLength, arena.length(ordinal));
  }
}
