package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * Visits, in insertion order, the pool entries whose ROUGE-L F with a query could reach a
 * threshold τ, without looking at the others: length-aware prefix filtering plus a count
 * filter (after AllPairs and PPJoin), on the query's tokens read rarest first ({@link QueryPlan}).
 *
 * <p>For an entry of length n the score is {@code fmeasure(L, m, n)}, increasing in the LCS L,
 * so it reaches τ only if {@code L >= s(n)}, the least such L. L is at most the overlap (shared
 * tokens, with multiplicity), so the entry must share one of the query's first {@code p(n)}
 * distinct tokens, where the tokens left after them are fewer than {@code s(n)}: only those
 * postings, in the entry's length group, make candidates. While they are read each candidate
 * counts {@code hits}, the query counts of the tokens it contains; a few more tokens whose
 * postings are short next to the candidates' are read just to count hits. The overlap is then
 * at most {@code hits + unread(n)}, the query tokens not read for that length, and a candidate
 * is visited only if that still allows {@code s(n)}.
 *
 * <p>Postings are merged block by block in ordinal order (each list is sorted), so the counts
 * of a block sit in a small array that stays in L1 cache, and a search that wants the earliest
 * match stops after the block holding it. Reused across queries; not thread-safe.
 */
final class PrefixSearch {

  /** Receives the entries that may reach τ, in ordinal order. */
  @FunctionalInterface
  interface Visitor {
    /**
     * Returns true to stop the search at this entry.
     *
     * @param overlapBound at least the entry's LCS with the query
     * @param required the least LCS with which the entry reaches τ, s(n)
     */
    boolean visit(int ordinal, int overlapBound, int required);
  }

  /** Covers rounding in the bound taken over all lengths at once; it only costs extra reading. */
  private static final double MARGIN = 1e-9;
  /** A posting costs far less than an LCS: count-only tokens may add twice the candidate postings. */
  private static final int COUNT_READ_FACTOR = 2;
  /** Blocks grow from 256 to 4096 ordinals: an early match costs little, a long merge few rounds. */
  private static final int FIRST_BLOCK = 256;
  private static final int BLOCK = 4096;

  private final InvertedIndex index;
  private final TokenArena arena;
  private final PostingCursors cursors = new PostingCursors();
  private final long[] candidates = new long[BLOCK >>> 6];
  private final int[] hits = new int[BLOCK];
  private QueryPlan plan;
  private RequiredOverlap requirements;
  private RequiredOverlap strictRequirements;
  private RequiredOverlap rankRequirements;
  /** Per entry length: p(n) (-1 until computed), s(n), and unread(n) once the reading is planned. */
  private int[] prefixOf = new int[1 << 6];
  private int[] requiredOf = new int[1 << 6];
  private int[] unreadOf = new int[1 << 6];

  PrefixSearch(InvertedIndex index, TokenArena arena) {
    this.index = index;
    this.arena = arena;
  }

  /**
   * Visits every entry that may score at least {@code tau} ({@code strict}: above it), and some
   * that may not, in ordinal order. Returns the ordinal the visitor stopped at, or -1.
   */
  int search(QueryPlan query, double tau, boolean strict, Visitor visitor) {
    plan(query, tau, strict);
    int block = FIRST_BLOCK;
    // Blocks start where the next candidate is: stretches without one cost nothing.
    for (int from = cursors.nextCandidate(); from >= 0;
        from = cursors.nextCandidate(), block = Math.min(BLOCK, block * 2)) {
      cursors.readBlock(from, from + block, candidates, hits);
      for (int w = 0, words = block >>> 6; w < words; w++) {
        long bits = candidates[w];
        candidates[w] = 0;
        while (bits != 0) {
          int offset = (w << 6) + Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          int count = hits[offset];
          hits[offset] = 0;
          int ordinal = from + offset;
          int n = arena.length(ordinal);
          int bound = count + unreadOf[n];
          if (bound >= requiredOf[n] && visitor.visit(ordinal, bound, requiredOf[n])) {
            clearBlock(block);
            return ordinal;
          }
        }
      }
    }
    return -1;
  }

  /** Clears the block's marks and counts after an early stop (one fill beats chasing the marks). */
  private void clearBlock(int block) {
    Arrays.fill(candidates, 0, block >>> 6, 0L);
    Arrays.fill(hits, 0, block, 0);
  }

  /** Chooses the postings to read: candidate tokens, then count-only tokens. */
  private void plan(QueryPlan query, double tau, boolean strict) {
    plan = query;
    // One memo per kind of search: firstAbove keeps asking the filter's threshold.
    RequiredOverlap last = strict ? strictRequirements : rankRequirements;
    requirements = last != null && last.answers(tau, strict) ? last : new RequiredOverlap(tau, strict);
    if (strict) {
      strictRequirements = requirements;
    } else {
      rankRequirements = requirements;
    }
    int lengths = arena.maxLength() + 1;
    if (prefixOf.length < lengths) {
      int grown = Math.max(lengths, prefixOf.length * 2);
      prefixOf = new int[grown];
      requiredOf = new int[grown];
      unreadOf = new int[grown];
    }
    Arrays.fill(prefixOf, 0, lengths, -1);
    cursors.clear();
    int m = plan.length();
    int k = 0;
    // An entry sharing none of the tokens before k shares at most remaining(k) tokens.
    for (; k < plan.distinct() && unseenBound(plan.remaining(k), m) >= tau; k++) {
      TokenPostings postings = index.of(plan.token(k));
      for (int g = 0; g < postings.groups(); g++) {
        if (k < prefix(postings.length(g))) {
          cursors.add(postings.ordinals(g), postings.size(g), plan.count(k), true);
        }
      }
    }
    int candidateTokens = k;
    long budget = COUNT_READ_FACTOR * cursors.postings();
    for (; k < plan.distinct() && index.of(plan.token(k)).entries() <= budget; k++) {
      TokenPostings postings = index.of(plan.token(k));
      budget -= postings.entries();
      for (int g = 0; g < postings.groups(); g++) {
        if (prefix(postings.length(g)) > 0) {
          cursors.add(postings.ordinals(g), postings.size(g), plan.count(k), false);
        }
      }
    }
    for (int n = 0; n < lengths; n++) {
      if (prefixOf[n] > 0) {
        // Read for length n: tokens [0, p(n)) for candidates and [candidateTokens, k) for counts.
        unreadOf[n] = remaining(prefixOf[n]) - remaining(candidateTokens) + remaining(k);
      }
    }
  }

  /** The most an entry sharing at most r query tokens can score, whatever its length: at n = r. */
  private static double unseenBound(int r, int m) {
    return RougeL.fmeasure(r, m, r) + MARGIN;
  }

  private int remaining(int k) {
    return k < plan.distinct() ? plan.remaining(k) : 0;
  }

  /** How many of the query's distinct tokens can make candidates of length n: p(n); 0 if none can. */
  private int prefix(int n) {
    if (prefixOf[n] < 0) {
      int required = requirements.of(plan.length(), n);
      int p = 0;
      if (required <= Math.min(plan.known(), n)) {
        while (p < plan.distinct() && plan.remaining(p) >= required) {
          p++;
        }
      }
      prefixOf[n] = p;
      requiredOf[n] = required;
    }
    return prefixOf[n];
  }

}
