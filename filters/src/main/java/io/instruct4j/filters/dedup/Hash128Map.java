package io.instruct4j.filters.dedup;

import java.util.Arrays;

/**
 * Open-addressing map from a 128-bit hash (two longs) to an int, on primitive arrays: about
 * 20 bytes per entry at the 0.5-0.75 load it keeps, where a {@code HashMap} of boxed keys takes ~100.
 */
final class Hash128Map {

  static final int MISSING = -1;

  private long[] his;
  private long[] los;
  private int[] values;
  private int mask;
  private int size;

  Hash128Map() {
    allocate(1024);
  }

  int size() {
    return size;
  }

  /** The value stored for the hash, or {@link #MISSING}. */
  int get(long hi, long lo) {
    for (int slot = slot(hi); ; slot = (slot + 1) & mask) {
      int value = values[slot];
      if (value == MISSING || (his[slot] == hi && los[slot] == lo)) {
        return value;
      }
    }
  }

  /** Stores {@code value} (which must be >= 0) unless the hash is present; returns the value now stored. */
  int putIfAbsent(long hi, long lo, int value) {
    int slot = slot(hi);
    while (values[slot] != MISSING) {
      if (his[slot] == hi && los[slot] == lo) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    his[slot] = hi;
    los[slot] = lo;
    values[slot] = value;
    if (++size * 4 > values.length * 3) {
      grow();
    }
    return value;
  }

  private int slot(long hi) {
    // The keys are cryptographic hash bits already; any 32 of them are as good as others.
    return (int) (hi ^ (hi >>> 32)) & mask;
  }

  private void grow() {
    long[] oldHis = his;
    long[] oldLos = los;
    int[] oldValues = values;
    allocate(oldValues.length * 2);
    for (int i = 0; i < oldValues.length; i++) {
      if (oldValues[i] != MISSING) {
        int slot = slot(oldHis[i]);
        while (values[slot] != MISSING) {
          slot = (slot + 1) & mask;
        }
        his[slot] = oldHis[i];
        los[slot] = oldLos[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private void allocate(int capacity) {
    his = new long[capacity];
    los = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, MISSING);
    mask = capacity - 1;
  }
}
