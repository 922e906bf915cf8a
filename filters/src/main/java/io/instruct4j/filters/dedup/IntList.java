package io.instruct4j.filters.dedup;

import java.util.Arrays;

/** A growable list of ints without boxing. */
final class IntList {

  private int[] values = new int[16];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " >= size " + size);
    }
    return values[index];
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }
}
