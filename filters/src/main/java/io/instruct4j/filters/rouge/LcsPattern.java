package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * Bit-parallel LCS length of one fixed sequence (the pattern) against many others, after
 * Allison–Dix and Hyyrö: one machine word holds 64 DP cells, so a pool item of n tokens costs
 * n·⌈m/64⌉ word operations instead of n·m cell updates. Not thread-safe (reuses a scratch row).
 */
final class LcsPattern {

  private final int length;
  private final int words;
  private final IntIntMap symbolSlots;
  /** Match masks: bit i of slot s is set when pattern[i] is the slot's symbol. */
  private final long[] masks;
  private final long[] row;

  LcsPattern(int[] pattern) {
    length = pattern.length;
    words = Math.max(1, (length + 63) >>> 6);
    symbolSlots = new IntIntMap(Math.max(1, length));
    int slots = 0;
    long[] grown = new long[words * Math.max(1, length)];
    for (int i = 0; i < length; i++) {
      int slot = symbolSlots.get(pattern[i]);
      if (slot < 0) {
        slot = slots++;
        symbolSlots.put(pattern[i], slot);
      }
      grown[slot * words + (i >>> 6)] |= 1L << (i & 63);
    }
    masks = Arrays.copyOf(grown, slots * words);
    row = new long[words];
  }

  int length() {
    return length;
  }

  /** LCS length of the pattern and {@code text}. */
  int lcs(int[] text) {
    if (length == 0 || text.length == 0) {
      return 0;
    }
    return words == 1 ? lcsOneWord(text) : lcsManyWords(text);
  }

  private int lcsOneWord(int[] text) {
    long v = -1L;
    for (int symbol : text) {
      int slot = symbolSlots.get(symbol);
      if (slot >= 0) {
        long m = masks[slot];
        long u = v & m;
        v = (v + u) | (v & ~m);
      }
    }
    // Bits above the pattern length start at 1 and stay 1 (their mask bits are 0).
    return Long.bitCount(~v);
  }

  private int lcsManyWords(int[] text) {
    long[] v = row;
    Arrays.fill(v, -1L);
    for (int symbol : text) {
      int slot = symbolSlots.get(symbol);
      if (slot < 0) {
        continue;
      }
      int base = slot * words;
      long carry = 0;
      for (int w = 0; w < words; w++) {
        long vw = v[w];
        long m = masks[base + w];
        long u = vw & m;
        long partial = vw + u;
        long sum = partial + carry;
        // Unsigned overflow of vw + u, or of adding the incoming carry to an all-ones partial.
        long nextCarry = (Long.compareUnsigned(partial, vw) < 0 || (carry != 0 && sum == 0)) ? 1 : 0;
        v[w] = sum | (vw & ~m);
        carry = nextCarry;
      }
    }
    int zeros = 0;
    for (long vw : v) {
      zeros += Long.bitCount(~vw);
    }
    return zeros;
  }
}
