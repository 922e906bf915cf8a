package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * 128-bit token signatures: an entry's has a bit set for each of its tokens (by a hash of the
 * token id), kept beside its postings, and a loaded query turns one into a bound on the overlap
 * for a few word operations instead of an LCS, without touching the entry itself.
 *
 * <p>Every query token the entry contains has its bit set in the entry's signature, so the
 * overlap is at most the number of query tokens whose bit is set there: hash collisions can
 * only add to the bound, never take from it. Not thread-safe.
 */
final class TokenSignatures {

  /** Per bit, how many of the loaded query's tokens hash to it. */
  private final int[] weights = new int[128];
  /** Level j holds the bits that j + 1 or more query tokens hash to, as (low, high) pairs. */
  private long[] levels = new long[2];
  private int levelCount;

  /** Writes the signature of {@code tokens[from, to)} to {@code out[at]} (low word) and {@code out[at + 1]}. */
  static void sign(int[] tokens, int from, int to, long[] out, int at) {
    long low = 0;
    long high = 0;
    for (int i = from; i < to; i++) {
      int bit = bit(tokens[i]);
      if (bit < 64) {
        low |= 1L << bit;
      } else {
        high |= 1L << bit;
      }
    }
    out[at] = low;
    out[at + 1] = high;
  }

  /** Makes the query's known tokens the ones {@link #overlapBound} counts. */
  void load(int[] query) {
    Arrays.fill(weights, 0);
    levelCount = 0;
    for (int token : query) {
      if (token != TokenVocabulary.UNKNOWN) {
        int bit = bit(token);
        int level = weights[bit]++;
        if (level == levelCount) {
          if (2 * levelCount == levels.length) {
            levels = Arrays.copyOf(levels, levels.length * 2);
          }
          levels[2 * levelCount] = 0;
          levels[2 * levelCount + 1] = 0;
          levelCount++;
        }
        levels[2 * level + (bit >>> 6)] |= 1L << bit;
      }
    }
  }

  /**
   * At least the tokens the loaded query shares, with multiplicity, with the entry signed so: the
   * sum of the weights of the common bits, added up level by level without a branch per bit.
   */
  int overlapBound(long low, long high) {
    int bound = 0;
    for (int level = 0; level < levelCount; level++) {
      bound += Long.bitCount(low & levels[2 * level]) + Long.bitCount(high & levels[2 * level + 1]);
    }
    return bound;
  }

  private static int bit(int token) {
    return (int) ((token * 0x9E3779B97F4A7C15L) >>> 57);
  }
}
