package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * Every pool entry's token ids back to back in one int array, in insertion order, so a pass over
 * the pool reads memory sequentially instead of chasing one array object per entry.
 */
final class TokenArena {

  private int[] data = new int[1 << 12];
  private int[] starts = new int[1 << 8];
  private int size;
  private int maxLength;

  /** Appends an entry's tokens; its ordinal is the number of entries before it. */
  void add(int[] tokens) {
    if (size + 1 == starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    int start = starts[size];
    if (tokens.length > Integer.MAX_VALUE - 16 - start) {
      throw new IllegalStateException("the ROUGE-L pool holds more than 2^31 tokens (at entry "
          + size + "); split the pool");
    }
    if (start + tokens.length > data.length) {
      data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16L,
          Math.max(start + (long) tokens.length, data.length * 2L)));
    }
    System.arraycopy(tokens, 0, data, start, tokens.length);
    starts[++size] = start + tokens.length;
    maxLength = Math.max(maxLength, tokens.length);
  }

  /** The longest entry's length, 0 for an empty pool. */
  int maxLength() {
    return maxLength;
  }

  int size() {
    return size;
  }

  /** The backing array; entry {@code o} occupies {@code [start(o), end(o))}. Read only. */
  int[] data() {
    return data;
  }

  int start(int ordinal) {
    return starts[ordinal];
  }

  int end(int ordinal) {
    return starts[ordinal + 1];
  }

  int length(int ordinal) {
    return starts[ordinal + 1] - starts[ordinal];
  }
}
