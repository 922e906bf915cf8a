package io.instruct4j.filters.dedup;

import java.util.Arrays;

/**
 * The LSH buckets: per band, a map from band key to the latest text in that bucket, and per
 * (text, band) a link to the previous text in the same bucket, so buckets are linked lists in
 * int arrays rather than lists of boxed ids.
 *
 * <p>Band {@code j} takes the interleaved slots {@code j, j + b, j + 2b, ...}: with
 * densified one-permutation MinHash, adjacent slots of a short text often hold the same borrowed
 * value, and spreading a band across the signature keeps its rows closer to independent, as the
 * S-curve assumes.
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

  /** Computes the band keys of {@code signature}, for the following {@link #candidates} and {@link #insert}. */
  void keys(long[] signature) {
    int b = shape.bands();
    for (int band = 0; band < b; band++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int row = 0; row < shape.rows(); row++) {
        h = ShingleTap.mix(h ^ signature[band + row * b]) + row;
      }
      keys[band] = h;
    }
  }

  /**
   * Collects into {@code out} each text sharing a bucket with the current keys, once: per band
   * the newest {@code scanLimit} texts of the bucket, newest first.
   */
  void candidates(IntList out) {
    out.clear();
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      stamp = 1;
    }
    int b = shape.bands();
    for (int band = 0; band < b; band++) {
      int scanned = 0;
      for (int t = heads[band].get(keys[band]);
          t != LongIntMap.MISSING && scanned < scanLimit;
          t = next[t * b + band], scanned++) {
        if (stamps[t] != stamp) {
          stamps[t] = stamp;
          out.add(t);
        }
      }
    }
  }

  /** Files {@code text} under the current keys. */
  void insert(int text) {
    int b = shape.bands();
    if ((text + 1) * b > next.length) {
      next = Arrays.copyOf(next, Math.max((text + 1) * b, next.length * 2));
    }
    if (text >= stamps.length) {
      stamps = Arrays.copyOf(stamps, Math.max(text + 1, stamps.length * 2));
    }
    for (int band = 0; band < b; band++) {
      next[text * b + band] = heads[band].put(keys[band], text);
    }
  }
}
