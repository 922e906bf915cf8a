package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * Which pool entries one search has already met: a stamp per ordinal, so starting a search is
 * O(1) rather than a clear of the whole pool. Reused across searches; not thread-safe.
 */
final class Visits {

  private int[] marks = new int[1 << 10];
  private int stamp;

  /** Starts a new search over a pool of {@code poolSize} entries. */
  void start(int poolSize) {
    if (marks.length < poolSize) {
      marks = Arrays.copyOf(marks, Math.max(poolSize, marks.length * 2));
    }
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(marks, 0);
      stamp = 1;
    }
  }

  /** True the first time this search meets {@code ordinal}, false afterwards. */
  boolean first(int ordinal) {
    if (marks[ordinal] == stamp) {
      return false;
    }
    marks[ordinal] = stamp;
    return true;
  }
}
