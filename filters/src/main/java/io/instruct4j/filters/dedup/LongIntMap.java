package io.instruct4j.filters.dedup;

import java.util.Arrays;

/** Open-addressing map from long keys to non-negative ints on primitive arrays. */
final class LongIntMap {

  static final int MISSING = -1;

  private long[] keys;
  private int[] values;
  private int mask;
  private int size;

  LongIntMap() {
    allocate(1024);
  }

  int get(long key) {
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      int value = values[slot];
      if (value == MISSING || keys[slot] == key) {
        return value;
      }
    }
  }

  /** Stores {@code value} (>= 0) for {@code key}, replacing any; returns the previous value or {@link #MISSING}. */
  int put(long key, int value) {
    int slot = slot(key);
    while (values[slot] != MISSING) {
      if (keys[slot] == key) {
        int previous = values[slot];
        values[slot] = value;
        return previous;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    if (++size * 4 > values.length * 3) {
      grow();
    }
    return MISSING;
  }

  private int slot(long key) {
    // Band keys are already mixed hashes.
    return (int) (key ^ (key >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(oldValues.length * 2);
    for (int i = 0; i < oldValues.length; i++) {
      if (oldValues[i] != MISSING) {
        int slot = slot(oldKeys[i]);
        while (values[slot] != MISSING) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, MISSING);
    mask = capacity - 1;
  }
}
