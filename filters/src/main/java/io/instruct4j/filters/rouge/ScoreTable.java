package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * {@link RougeL#fmeasure} for one query length, memoized by (LCS, entry length): a pass over
 * the whole pool needs it for every entry, and its three divisions cost as much as the
 * bit-parallel LCS itself. Values are those of fmeasure, so bit-identical.
 */
final class ScoreTable {

  private double[] scores = new double[0];
  private int queryLength;
  private int width;

  /** Prepares for a query of {@code m} tokens against entries of at most {@code maxLength}. */
  void reset(int m, int maxLength) {
    queryLength = m;
    width = maxLength + 1;
    int cells = (Math.min(m, maxLength) + 1) * width;
    if (scores.length < cells) {
      scores = new double[Math.max(cells, scores.length * 2)];
    }
    Arrays.fill(scores, 0, cells, -1.0);
  }

  /** fmeasure(lcs, m, n); lcs must not exceed min(m, n). */
  double score(int lcs, int n) {
    int cell = lcs * width + n;
    double score = scores[cell];
    if (score < 0) {
      score = RougeL.fmeasure(lcs, queryLength, n);
      scores[cell] = score;
    }
    return score;
  }
}
