package io.instruct4j.filters.rouge;

/** A tiny open-addressing map from int keys to non-negative int values; absent keys give -1. */
final class IntIntMap {

  private final int[] keys;
  private final int[] values;
  private final int mask;
  private final int shift;

  /** A map sized for at most {@code capacity} keys, never resized (callers know the count). */
  IntIntMap(int capacity) {
    int slots = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
    keys = new int[slots];
    values = new int[slots];
    java.util.Arrays.fill(values, -1);
    mask = slots - 1;
    shift = 32 - Integer.numberOfTrailingZeros(slots);
  }

  void put(int key, int value) {
    int slot = slotOf(key);
    keys[slot] = key;
    values[slot] = value;
  }

  int get(int key) {
    return values[slotOf(key)];
  }

  private int slotOf(int key) {
    // Fibonacci hashing: the product's high bits spread sequential vocabulary ids evenly.
    int slot = (key * 0x9E3779B9) >>> shift;
    while (values[slot] >= 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
