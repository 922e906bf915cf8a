package io.instruct4j.filters.rouge;

/**
 * Finds the k best-scoring pool entries on a {@link PrefixIndex} without a threshold to start
 * from, after top-k set similarity joins (Xiao et al., ICDE 2009): the query's tokens are read
 * rarest first, so the closest entries tend to come first and the k-th best rises early, and
 * bounds that fall as the reading goes on say when nothing unread can enter any more.
 *
 * <p>Write the query's and an entry's tokens out in the index's {@link TokenOrder}. If the first
 * token they share is the query's k-th distinct one, with {@code r} query tokens from it on, at
 * position {@code p} in an entry of n tokens, the two share at most {@code min(r, n - p)} tokens,
 * and the LCS is no larger. So a posting's entry scores at most {@code fmeasure(min(r, n - p,
 * signature bound), m, n)} when it is first met, and positions ascend within a length, so a
 * length's reading stops at the first position whose bound is below the k-th best. An entry not
 * met before the k-th token scores at most {@code fmeasure(r, m, r)} (precision 1); once that is
 * below the k-th best the search ends. An entry skipped on a bound may be met again through a
 * later token with a smaller, no longer valid bound: its score is below the k-th best either
 * way, so whether it is scored then changes nothing. Reused; not thread-safe.
 */
final class TopSearch {

  /** The exact score of a pool entry against the query. */
  @FunctionalInterface
  interface Scorer {
    double score(int ordinal);
  }

  private final PrefixIndex index;
  private TokenSignatures signature;
  private Visits scored;
  private TopK top;
  private Scorer scorer;
  private int m;

  TopSearch(PrefixIndex index) {
    this.index = index;
  }

  /**
   * Offers to {@code top} every entry that could enter it and is not yet in {@code scored}, with
   * its exact score; afterwards {@code top} holds the k best of the whole pool.
   *
   * @param signature the query's, loaded
   * @param scored the entries already offered, to skip; each one scored here is added
   */
  void search(QueryPlan plan, TokenSignatures signature, Visits scored, TopK top, Scorer scorer) {
    this.signature = signature;
    this.scored = scored;
    this.top = top;
    this.scorer = scorer;
    m = plan.length();
    for (int k = 0; k < plan.distinct(); k++) {
      int remaining = plan.remaining(k);
      if (!top.couldEnter(RougeL.fmeasure(remaining, m, remaining))) {
        return; // no entry first met from here on can enter
      }
      PackedPostings packed = index.packed(plan.token(k));
      if (packed != null) {
        readPacked(packed, remaining);
      }
      RankedPostings recent = index.recent(plan.token(k));
      if (recent != null) {
        readRecent(recent, remaining);
      }
    }
  }

  private void readPacked(PackedPostings postings, int remaining) {
    long[] all = postings.postings();
    for (int g = 0, lengths = postings.lengthCount(); g < lengths; g++) {
      int n = postings.length(g);
      if (!top.couldEnter(RougeL.fmeasure(Math.min(remaining, n - postings.firstPosition(g)), m, n))) {
        continue; // not even the length's first position can
      }
      for (int p = postings.positionsStart(g), end = postings.positionsEnd(g); p < end; p++) {
        int bound = Math.min(remaining, n - postings.position(p));
        if (!top.couldEnter(RougeL.fmeasure(bound, m, n))) {
          break; // later positions leave even fewer tokens
        }
        read(all, postings.postingsStart(p), postings.postingsStart(p + 1), bound, n);
      }
    }
  }

  private void readRecent(RankedPostings postings, int remaining) {
    for (int g = 0, groups = postings.groups(); g < groups; g++) {
      RankedPostings.Lengths lengths = postings.group(g);
      int n = lengths.length();
      for (int i = 0, count = lengths.count(); i < count; i++) {
        int bound = Math.min(remaining, n - lengths.position(i));
        if (!top.couldEnter(RougeL.fmeasure(bound, m, n))) {
          break;
        }
        read(lengths.postings(i), 0, lengths.size(i), bound, n);
      }
    }
  }

  /** Scores the run's entries whose bound still lets them enter, each once. */
  private void read(long[] postings, int from, int to, int positionBound, int n) {
    for (int i = PackedPostings.STRIDE * from, end = PackedPostings.STRIDE * to; i < end; i += PackedPostings.STRIDE) {
      int bound = Math.min(positionBound, signature.overlapBound(postings[i + 1], postings[i + 2]));
      int ordinal = (int) postings[i];
      if (bound > 0 && top.couldEnter(RougeL.fmeasure(bound, m, n)) && scored.first(ordinal)) {
        double score = scorer.score(ordinal);
        if (score > 0) {
          top.offer(ordinal, score);
        }
      }
    }
  }
}
