package io.instruct4j.filters.dedup;

/**
 * Open-addressing map from long keys to ints other than {@link #MISSING}. Key and value sit side
 * by side in one long array, so a lookup costs one cache miss, not two: with 14 bands, bucket
 * lookups were the largest single cost of MinHash dedup.
 */
final class LongIntMap {

  static final int MISSING = -1;

  /** Pairs (key, value) at 2i and 2i+1; a slot is empty when its value is MISSING. */
  private long[] table;
  private int mask;
  private int size;

  LongIntMap() {
    allocate(1024);
  }

  int get(long key) {
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      int value = (int) table[2 * slot + 1];
      if (value == MISSING || table[2 * slot] == key) {
        return value;
      }
    }
  }

  /** Returns the value stored for {@code key}, or stores {@code value} and returns {@link #MISSING}. */
  int getOrPut(long key, int value) {
    int slot = slot(key);
    while ((int) table[2 * slot + 1] != MISSING) {
      if (table[2 * slot] == key) {
        return (int) table[2 * slot + 1];
      }
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = value;
    if (++size * 2 > mask + 1) {
      grow();
    }
    return MISSING;
  }

  /** Stores {@code value} for {@code key}, replacing any; returns the previous value or {@link #MISSING}. */
  int put(long key, int value) {
    int slot = slot(key);
    while ((int) table[2 * slot + 1] != MISSING) {
      if (table[2 * slot] == key) {
        int previous = (int) table[2 * slot + 1];
        table[2 * slot + 1] = value;
        return previous;
      }
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = value;
    // Load at most 1/2: linear probing stays short.
    if (++size * 2 > mask + 1) {
      grow();
    }
    return MISSING;
  }

  private int slot(long key) {
    // Band keys are already mixed hashes.
    return (int) (key ^ (key >>> 32)) & mask;
  }

  private void grow() {
    long[] old = table;
    allocate((mask + 1) * 2);
    for (int i = 0; i < old.length; i += 2) {
      if ((int) old[i + 1] != MISSING) {
        int slot = slot(old[i]);
        while ((int) table[2 * slot + 1] != MISSING) {
          slot = (slot + 1) & mask;
        }
        table[2 * slot] = old[i];
        table[2 * slot + 1] = old[i + 1];
      }
    }
  }

  private void allocate(int capacity) {
    table = new long[2 * capacity];
    for (int i = 1; i < table.length; i += 2) {
      table[i] = MISSING;
    }
    mask = capacity - 1;
  }
}
