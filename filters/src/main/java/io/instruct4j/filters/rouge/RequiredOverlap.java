package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * s(m, n): the least LCS with which an entry of n tokens scores at least τ (or above it) against
 * a query of m tokens, decided by {@link RougeL#fmeasure} itself so rounding is accounted for.
 * Memoized, because the filter asks it for the same τ query after query.
 */
final class RequiredOverlap {

  /** Lengths from here on are computed each time: a memo row per huge text would cost more. */
  private static final int MEMO_LENGTHS = 1 << 12;

  private final double tau;
  private final boolean strict;
  /** By query length, then entry length: s + 1, or 0 until computed. */
  private int[][] byQueryLength = new int[0][];

  RequiredOverlap(double tau, boolean strict) {
    this.tau = tau;
    this.strict = strict;
  }

  boolean answers(double otherTau, boolean otherStrict) {
    return Double.compare(tau, otherTau) == 0 && strict == otherStrict;
  }

  /** The least L >= 1 with {@code fmeasure(L, m, n)} reaching τ; n + 1 when no L <= n does. */
  int of(int m, int n) {
    if (m >= MEMO_LENGTHS || n >= MEMO_LENGTHS) {
      return compute(m, n);
    }
    if (m >= byQueryLength.length) {
      byQueryLength = Arrays.copyOf(byQueryLength, Math.max(m + 1, byQueryLength.length * 2));
    }
    int[] row = byQueryLength[m];
    if (row == null || row.length <= n) {
      row = Arrays.copyOf(row == null ? new int[0] : row, Math.max(n + 1, 64));
      byQueryLength[m] = row;
    }
    if (row[n] == 0) {
      row[n] = compute(m, n) + 1;
    }
    return row[n] - 1;
  }

  /**
   * The least s(m, n) over all entry lengths n, or m + 1 when no entry can reach τ. It is found at
   * n = s, where precision is 1: for a given L the score only falls as n grows past L.
   */
  int leastOverLengths(int m) {
    int least = Math.max(1, (int) Math.floor(tau * m / (2 - tau)) - 1);
    while (least > 1 && reaches(RougeL.fmeasure(least - 1, m, least - 1))) {
      least--;
    }
    while (least <= m && !reaches(RougeL.fmeasure(least, m, least))) {
      least++;
    }
    return least;
  }

  private int compute(int m, int n) {
    // Start just below the real-valued solution of 2L/(m+n) = tau; fmeasure decides exactly.
    int required = Math.min(n + 1, Math.max(1, (int) Math.floor(tau * (m + n) / 2) - 1));
    while (required > 1 && reaches(RougeL.fmeasure(required - 1, m, n))) {
      required--;
    }
    while (required <= n && !reaches(RougeL.fmeasure(required, m, n))) {
      required++;
    }
    return required;
  }

  private boolean reaches(double score) {
    return strict ? score > tau : score >= tau;
  }
}
