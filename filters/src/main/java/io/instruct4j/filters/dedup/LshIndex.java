package io.instruct4j.filters.dedup;

import java.util.Arrays;

/**
 * The LSH buckets: per band, a map from band key to the latest text in that bucket, and per
 * (text, band) a link to the previous text in the same bucket, so buckets are linked lists in
 * int arrays rather than lists of boxed ids.
 *
 * <p>Band {@code j} takes the adjacent slots {@code j*r .. j*r + r - 1}. With densified
 * one-permutation MinHash ({@link ShingleSketcher}), a short text has fewer shingles than slots,
 * so adjacent slots mostly hold the same borrowed value and a band agrees whenever the one or two
 * shingles that own its stretch of the hash range are shared. Measured on random word texts with
 * 3-word shingles, 14 bands of 9 rows: at 12 and 30 words every pair with Jaccard >= 0.65 became
 * a candidate, and pairs near 0.3 did in 76% and 54% of cases; at 200 words (more shingles than
 * slots) the rate follows the S-curve (0.99 at 0.8, 0.09 at 0.5). Bands of interleaved slots
 * were tried and rejected: at 30 words they found only half the pairs at Jaccard 0.8. Spurious
 * candidates cost one exact set comparison each, bounded by the scan limit.
 */
final class LshIndex {

  private final LshBands shape;
  private final int scanLimit;
  private final LongIntMap[] heads;
  private int[] next;
  private final long[] keys;
  private int[] stamps = new int[1024];
  private int stamp;

  LshIndex(LshBands shape, int scanLimit) {
    this.shape = shape;
    this.scanLimit = scanLimit;
    this.heads = new LongIntMap[shape.bands()];
    for (int band = 0; band < heads.length; band++) {
      heads[band] = new LongIntMap();
    }
    this.next = new int[1024 * shape.bands()];
    this.keys = new long[shape.bands()];
  }

  /** Computes the band keys of {@code signature}, for the following {@link #insertAndCollect}. */
  void keys(long[] signature) {
    int b = shape.bands();
    for (int band = 0; band < b; band++) {
      int first = band * shape.rows();
      long h = 0x9E3779B97F4A7C15L;
      for (int row = 0; row < shape.rows(); row++) {
        h = ShingleTap.mix(h ^ signature[first + row]) + row;
      }
      keys[band] = h;
    }
  }

  /**
   * Files {@code text} under the current keys and collects into {@code out} each earlier text
   * sharing a bucket with it, once: per band the newest {@code scanLimit} of them, newest first.
   * One map operation per band does both, since bucket lookups are the main cost of LSH.
   */
  void insertAndCollect(int text, IntList out) {
    int b = shape.bands();
    if ((text + 1) * b > next.length) {
      next = Arrays.copyOf(next, Math.max((text + 1) * b, next.length * 2));
    }
    if (text >= stamps.length) {
      stamps = Arrays.copyOf(stamps, Math.max(text + 1, stamps.length * 2));
    }
    out.clear();
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      stamp = 1;
    }
    for (int band = 0; band < b; band++) {
      int previous = heads[band].put(keys[band], text);
      next[text * b + band] = previous;
      int scanned = 0;
      for (int t = previous; t != LongIntMap.MISSING && scanned < scanLimit;
          t = next[t * b + band], scanned++) {
        if (stamps[t] != stamp) {
          stamps[t] = stamp;
          out.add(t);
        }
      }
    }
  }
}
