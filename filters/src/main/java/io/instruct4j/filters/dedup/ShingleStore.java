package io.instruct4j.filters.dedup;

import java.util.Arrays;

/**
 * Every text's sorted distinct shingle hashes, packed into one long array (no per-text object),
 * for verifying LSH candidates by their exact Jaccard similarity, plus per text a 64-bit
 * fingerprint (one bit per shingle) and its size side by side, so most candidates are ruled
 * out from one cache line instead of a walk through two shingle lists.
 */
final class ShingleStore {

  private long[] pool = new long[1 << 16];
  private int[] starts = new int[1024];
  private int texts;
  /** Per text: the fingerprint at 2t, the set size at 2t + 1. */
  private long[] summaries = new long[2048];

  /** Appends a text's set ({@code count} sorted distinct hashes); returns its number. */
  int add(long[] sorted, int count) {
    if (texts + 1 == starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    int start = starts[texts];
    if (count > Integer.MAX_VALUE - 16 - start) {
      throw new IllegalStateException("more than 2^31 shingles in one near-duplicate run (at text "
          + texts + "); split the corpus or dedup instruction only");
    }
    if (start + count > pool.length) {
      pool = Arrays.copyOf(pool, (int) Math.min(Integer.MAX_VALUE - 16L,
          Math.max(start + count, pool.length * 2L)));
    }
    System.arraycopy(sorted, 0, pool, start, count);
    starts[texts + 1] = start + count;
    if (2 * texts + 2 > summaries.length) {
      summaries = Arrays.copyOf(summaries, summaries.length * 2);
    }
    long fingerprint = 0;
    for (int i = 0; i < count; i++) {
      fingerprint |= 1L << (sorted[i] >>> 58); // the hashes are mixed: any 6 bits will do
    }
    summaries[2 * texts] = fingerprint;
    summaries[2 * texts + 1] = count;
    return texts++;
  }

  int size(int text) {
    return starts[text + 1] - starts[text];
  }

  /**
   * False when the two sets' Jaccard similarity is surely below {@code threshold}. Reaching it
   * needs a common count c of at least t(|A| + |B|) / (1 + t), so the smaller set must be that
   * large, and the fingerprints may differ in at most |A| + |B| - 2c bits: a bit set in only
   * one fingerprint comes from a shingle in only one set. Conservative (rounded down by 1e-6),
   * so a true answer only means "verify".
   */
  boolean mayReach(int a, int b, double threshold) {
    return mayReach(summaries[2 * a], summaries[2 * a + 1], summaries[2 * b], summaries[2 * b + 1],
        threshold);
  }

  /** {@link #mayReach(int, int, double)} from fingerprints and sizes kept elsewhere (LSH buckets). */
  static boolean mayReach(long fingerprintA, long sizeA, long fingerprintB, long sizeB,
      double threshold) {
    long total = sizeA + sizeB;
    long need = (long) Math.ceil(threshold * total / (1 + threshold) - 1e-6);
    return Math.min(sizeA, sizeB) >= need && Long.bitCount(fingerprintA ^ fingerprintB) <= total - 2 * need;
  }

  /** One bit per shingle of the text (the top 6 bits of its hash choose which). */
  long fingerprint(int text) {
    return summaries[2 * text];
  }

  /**
   * {@link #jaccard} when it may reach {@code threshold}, else -1 without finishing the merge:
   * the similarity c / (|A| + |B| - c) grows with the common count c, so once the elements left
   * cannot bring c to the least value that reaches the threshold the answer is known. Most LSH
   * candidates fail within a few elements, and a size mismatch fails before the first.
   */
  double jaccardIfAtLeast(int a, int b, double threshold) {
    int sizeA = size(a);
    int sizeB = size(b);
    int total = sizeA + sizeB;
    if (total == 0) {
      return 0.0;
    }
    // The least common count c with c / (total - c) >= threshold, by the same arithmetic as jaccard.
    int need = Math.max(0, (int) (threshold * total / (1 + threshold)) - 2);
    while (need <= Math.min(sizeA, sizeB) && (double) need / (total - need) < threshold) {
      need++;
    }
    if (need > Math.min(sizeA, sizeB)) {
      return -1;
    }
    int common = common(a, b, need);
    return common < 0 ? -1 : (double) common / (total - common);
  }

  /** |A ∩ B| / |A ∪ B| of two stored sets; 0 when both are empty. */
  double jaccard(int a, int b) {
    int common = common(a, b, 0);
    int union = size(a) + size(b) - common;
    return union == 0 ? 0.0 : (double) common / union;
  }

  /**
   * How many elements two stored sets share (a merge of their sorted hashes), or -1 as soon as
   * the elements left cannot bring the count to {@code need}; with {@code need} 0 it never stops early.
   */
  private int common(int a, int b, int need) {
    int i = starts[a];
    int endA = starts[a + 1];
    int j = starts[b];
    int endB = starts[b + 1];
    int common = 0;
    while (i < endA && j < endB) {
      if (common + Math.min(endA - i, endB - j) < need) {
        return -1;
      }
      long x = pool[i];
      long y = pool[j];
      if (x == y) {
        common++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return common < need ? -1 : common;
  }
}
