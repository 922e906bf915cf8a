package io.instruct4j.filters.rouge;

import java.util.Objects;

/**
 * ROUGE-L F-measure exactly as {@code rouge_score._score_lcs} computes it, on interned tokens.
 *
 * <p>The float arithmetic follows the Python step for step ({@code p = lcs / len(prediction)},
 * {@code r = lcs / len(target)}, {@code f = 2 * p * r / (p + r)}), so scores are bit-identical
 * to {@code rouge_score} for the same tokens. The result is symmetric in its arguments, bit for
 * bit: {@code 2 * p} is exact, so swapping p and r changes no rounding.
 */
public final class RougeL {

  private RougeL() {}

  /** ROUGE-L F-measure of two token sequences; 0 when either is empty or they share nothing. */
  public static double score(int[] target, int[] prediction) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(prediction, "prediction");
    if (target.length == 0 || prediction.length == 0) {
      return 0.0;
    }
    return fmeasure(lcs(target, prediction), target.length, prediction.length);
  }

  /**
   * The F-measure for a given LCS length. For fixed lengths it is strictly increasing in
   * {@code lcs} even after rounding (neighbouring values differ by far more than an ulp), which
   * is what lets an upper bound on the LCS be turned into a safe upper bound on the score.
   */
  public static double fmeasure(int lcs, int targetLength, int predictionLength) {
    if (lcs <= 0 || targetLength <= 0 || predictionLength <= 0) {
      return 0.0;
    }
    double precision = (double) lcs / predictionLength;
    double recall = (double) lcs / targetLength;
    return 2 * precision * recall / (precision + recall);
  }

  /**
   * Length of the longest common subsequence, by the textbook dynamic programme with two rows:
   * O(|a|·|b|) time, O(min) memory. This is the reference; {@link LcsPattern} is the fast one.
   */
  public static int lcs(int[] a, int[] b) {
    int[] outer = a.length >= b.length ? a : b;
    int[] inner = a.length >= b.length ? b : a;
    int[] previous = new int[inner.length + 1];
    int[] current = new int[inner.length + 1];
    for (int x : outer) {
      for (int j = 1; j <= inner.length; j++) {
        current[j] = x == inner[j - 1]
            ? previous[j - 1] + 1
            : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[inner.length];
  }
}
