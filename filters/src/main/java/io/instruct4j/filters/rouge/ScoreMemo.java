package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * The exact LCS lengths computed for the last query, kept until the next one: the filter asks
 * {@code firstAbove} and then {@code best} for every accepted candidate, and the entries the
 * first scored give the second a k-th best score to prune with from the start. Valid only for
 * the same query against an unchanged pool.
 */
final class ScoreMemo {

  private int[] query;
  private int poolSize = -1;
  private int[] ordinals = new int[1 << 6];
  private int[] lcs = new int[1 << 6];
  private int size;

  /** Forgets what was remembered and starts remembering for {@code query} on a pool of this size. */
  void begin(int[] forQuery, int forPoolSize) {
    query = forQuery;
    poolSize = forPoolSize;
    size = 0;
  }

  void record(int ordinal, int lcsLength) {
    if (size == ordinals.length) {
      ordinals = Arrays.copyOf(ordinals, size * 2);
      lcs = Arrays.copyOf(lcs, size * 2);
    }
    ordinals[size] = ordinal;
    lcs[size++] = lcsLength;
  }

  /** How many LCS lengths are remembered for this query and pool size; 0 for any other. */
  int sizeFor(int[] forQuery, int forPoolSize) {
    return forQuery == query && forPoolSize == poolSize ? size : 0;
  }

  int ordinal(int index) {
    return ordinals[index];
  }

  int lcs(int index) {
    return lcs[index];
  }

  /** The LCS length recorded for {@code ordinal}, which must have been recorded. */
  int lcsOf(int ordinal) {
    for (int i = size - 1; i >= 0; i--) {
      if (ordinals[i] == ordinal) {
        return lcs[i];
      }
    }
    throw new IllegalStateException("no LCS recorded for pool entry " + ordinal);
  }
}
