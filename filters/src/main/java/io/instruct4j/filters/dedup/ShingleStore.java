package io.instruct4j.filters.dedup;

import java.util.Arrays;

/**
 * Every text's sorted distinct shingle hashes, packed into one long array (no per-text object),
 * for verifying LSH candidates by their exact Jaccard similarity.
 */
final class ShingleStore {

  private long[] pool = new long[1 << 16];
  private int[] starts = new int[1024];
  private int texts;

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
    return texts++;
  }

  int size(int text) {
    return starts[text + 1] - starts[text];
  }

  /** |A ∩ B| / |A ∪ B| of two stored sets; 0 when both are empty. */
  double jaccard(int a, int b) {
    int i = starts[a];
    int endA = starts[a + 1];
    int j = starts[b];
    int endB = starts[b + 1];
    int common = 0;
    while (i < endA && j < endB) {
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
    int union = size(a) + size(b) - common;
    return union == 0 ? 0.0 : (double) common / union;
  }
}
