package io.instruct4j.filters.dedup;

/**
 * How a MinHash signature is cut for locality-sensitive hashing: {@code bands} bands of
 * {@code rows} slots each. Two texts become a candidate pair when all rows of at least one band
 * agree, which for Jaccard similarity {@code s} happens with probability
 * {@code P(s) = 1 - (1 - s^rows)^bands}, an S-curve whose steep part sits near
 * {@code (1/bands)^(1/rows)}.
 *
 * @param bands the number of bands, b
 * @param rows the slots per band, r; {@code bands * rows} never exceeds the signature length
 */
record LshBands(int bands, int rows) {

  /**
   * Misses weigh 9 times more than spurious candidates, because every candidate is verified on
   * its exact shingle sets: a false candidate costs one set comparison, a missed pair is a
   * duplicate left in the data.
   */
  static final double FALSE_POSITIVE_WEIGHT = 0.1;
  static final double FALSE_NEGATIVE_WEIGHT = 0.9;
  private static final int STEPS = 200;

  /**
   * The (b, r) with {@code b * r <= numHashes} that minimises the weighted areas under the
   * S-curve below the threshold (false candidates) and above it (misses), as datasketch's
   * {@code MinHashLSH} does. For threshold 0.8 and 128 hashes this gives 14 bands of 9 rows:
   * P(0.8) = 0.87, P(0.85) = 0.98, P(0.9) = 0.999, P(0.6) = 0.13. These figures assume
   * independent slots, which holds for texts with more shingles than slots; shorter texts
   * become candidates more often (measured in {@link LshIndex}).
   */
  static LshBands forThreshold(double threshold, int numHashes) {
    LshBands best = null;
    double bestError = Double.MAX_VALUE;
    for (int b = 1; b <= numHashes; b++) {
      for (int r = 1; r <= numHashes / b; r++) {
        double falsePositives = area(b, r, 0.0, threshold, false);
        double falseNegatives = area(b, r, threshold, 1.0, true);
        double error = FALSE_POSITIVE_WEIGHT * falsePositives + FALSE_NEGATIVE_WEIGHT * falseNegatives;
        if (error < bestError) {
          bestError = error;
          best = new LshBands(b, r);
        }
      }
    }
    return best;
  }

  /** The probability that a pair with Jaccard similarity {@code s} becomes a candidate. */
  double candidateProbability(double s) {
    return 1.0 - Math.pow(1.0 - Math.pow(s, rows), bands);
  }

  /** Midpoint-rule integral of P(s) (or 1 - P(s) when {@code misses}) over [from, to]. */
  private static double area(int b, int r, double from, double to, boolean misses) {
    LshBands bands = new LshBands(b, r);
    double step = (to - from) / STEPS;
    double sum = 0.0;
    for (int i = 0; i < STEPS; i++) {
      double p = bands.candidateProbability(from + (i + 0.5) * step);
      sum += misses ? 1.0 - p : p;
    }
    return sum * step;
  }
}
