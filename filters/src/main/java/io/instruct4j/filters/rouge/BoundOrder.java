package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * Candidates put in order of their overlap bound, highest first, by a counting sort (bounds are
 * at most the query length): a top-k search scores the most promising first, so its k-th best
 * rises early, and stops where no bound left can reach it. Reused; not thread-safe.
 */
final class BoundOrder {

  private int[] ordinals = new int[1 << 8];
  private int[] bounds = new int[1 << 8];
  private int[] sortedOrdinals = new int[1 << 8];
  private int[] sortedBounds = new int[1 << 8];
  private int[] counts = new int[1 << 6];
  private int size;

  void clear() {
    size = 0;
  }

  void add(int ordinal, int bound) {
    if (size == ordinals.length) {
      ordinals = Arrays.copyOf(ordinals, size * 2);
      bounds = Arrays.copyOf(bounds, size * 2);
    }
    ordinals[size] = ordinal;
    bounds[size++] = bound;
  }

  int size() {
    return size;
  }

  /** Sorts what was added by bound, descending; ties keep the order they were added in. */
  void sort() {
    int max = 0;
    for (int i = 0; i < size; i++) {
      max = Math.max(max, bounds[i]);
    }
    if (counts.length < max + 2) {
      counts = new int[max + 2];
    }
    Arrays.fill(counts, 0, max + 2, 0);
    for (int i = 0; i < size; i++) {
      counts[max - bounds[i] + 1]++; // slot by descent: the highest bound goes first
    }
    for (int b = 1; b <= max + 1; b++) {
      counts[b] += counts[b - 1];
    }
    if (sortedOrdinals.length < size) {
      sortedOrdinals = new int[ordinals.length];
      sortedBounds = new int[ordinals.length];
    }
    for (int i = 0; i < size; i++) {
      int at = counts[max - bounds[i]]++;
      sortedOrdinals[at] = ordinals[i];
      sortedBounds[at] = bounds[i];
    }
  }

  /** After {@link #sort}: the i-th ordinal, highest bound first. */
  int ordinal(int i) {
    return sortedOrdinals[i];
  }

  /** After {@link #sort}: the i-th ordinal's bound. */
  int bound(int i) {
    return sortedBounds[i];
  }
}
