package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * Bit-parallel LCS of one query against pool entries, after Allison–Dix and Hyyrö: one machine
 * word holds 64 cells of a DP column, so an entry of n tokens costs n word steps (queries of up
 * to 64 known tokens) instead of n·m cell updates.
 *
 * <p>The match masks live in a table indexed directly by token id, reused from query to query
 * (only the query's own ids are set and later cleared), so the inner loop is two loads and four
 * ALU operations per entry token with no hashing and no branch: a token absent from the query
 * has mask 0, which leaves the column unchanged. Query tokens unknown to the pool are left out
 * of the pattern: they match nothing, so the LCS is the same. Not thread-safe.
 */
final class QueryPattern {

  /** One-word masks by token id, for patterns of up to 64 tokens. */
  private long[] maskOf = new long[0];
  /** For longer patterns: 1 + the token's slot in {@link #masks}, 0 for tokens not in the query. */
  private int[] slotOf = new int[0];
  private long[] masks = new long[0];
  private long[] column = new long[0];
  private int[] loaded = new int[0];
  private int loadedCount;
  private int length;
  private int words;

  /** Makes {@code query} the pattern; ids must be below {@code vocabularySize} or unknown. */
  void load(int[] query, int vocabularySize) {
    unload();
    if (maskOf.length < vocabularySize) {
      int grown = Math.max(vocabularySize, maskOf.length * 2);
      maskOf = Arrays.copyOf(maskOf, grown);
      slotOf = Arrays.copyOf(slotOf, grown);
    }
    int[] known = new int[query.length];
    for (int id : query) {
      if (id != TokenVocabulary.UNKNOWN) {
        known[length++] = id;
      }
    }
    words = Math.max(1, (length + 63) >>> 6);
    if (loaded.length < length) {
      loaded = new int[length];
    }
    if (words == 1) {
      for (int i = 0; i < length; i++) {
        remember(known[i]);
        maskOf[known[i]] |= 1L << i;
      }
    } else {
      loadManyWords(known);
    }
  }

  private void loadManyWords(int[] known) {
    if (masks.length < words * length) {
      masks = new long[words * length];
    }
    Arrays.fill(masks, 0, words * length, 0L);
    if (column.length < words) {
      column = new long[words];
    }
    int slots = 0;
    for (int i = 0; i < length; i++) {
      int token = known[i];
      if (slotOf[token] == 0) {
        remember(token);
        slotOf[token] = ++slots;
      }
      masks[(slotOf[token] - 1) * words + (i >>> 6)] |= 1L << (i & 63);
    }
  }

  private void remember(int token) {
    if (maskOf[token] == 0 && slotOf[token] == 0) {
      loaded[loadedCount++] = token;
    }
  }

  /** Clears the tables for the next query. */
  void unload() {
    for (int i = 0; i < loadedCount; i++) {
      maskOf[loaded[i]] = 0;
      slotOf[loaded[i]] = 0;
    }
    loadedCount = 0;
    length = 0;
  }

  /** LCS length of the pattern and the tokens {@code data[from, to)}. */
  int lcs(int[] data, int from, int to) {
    if (words == 1) {
      long[] table = maskOf;
      long v = -1L;
      for (int i = from; i < to; i++) {
        long u = v & table[data[i]];
        // v - u equals v & ~mask because u's bits are a subset of v's.
        v = (v + u) | (v - u);
      }
      // Bits above the pattern length start at 1 and stay 1: their mask bits are 0.
      return Long.bitCount(~v);
    }
    return lcsManyWords(data, from, to);
  }

  /**
   * LCS lengths of the pattern and the arena's entries {@code [first, end)}, into
   * {@code out[0, end - first)}. Entries are taken two at a time and their steps interleaved:
   * one step depends on the previous one, so a single entry leaves most of the CPU idle.
   */
  void lcsOfEntries(TokenArena arena, int first, int end, int[] out) {
    int[] data = arena.data();
    if (words != 1) {
      for (int o = first; o < end; o++) {
        out[o - first] = lcsManyWords(data, arena.start(o), arena.end(o));
      }
      return;
    }
    long[] table = maskOf;
    int o = first;
    for (; o + 1 < end; o += 2) {
      int a = arena.start(o);
      int b = arena.start(o + 1);
      int bEnd = arena.end(o + 1);
      int common = Math.min(b - a, bEnd - b);
      long va = -1L;
      long vb = -1L;
      for (int i = 0; i < common; i++) {
        long ua = va & table[data[a + i]];
        long ub = vb & table[data[b + i]];
        va = (va + ua) | (va - ua);
        vb = (vb + ub) | (vb - ub);
      }
      for (int i = a + common; i < b; i++) {
        long ua = va & table[data[i]];
        va = (va + ua) | (va - ua);
      }
      for (int i = b + common; i < bEnd; i++) {
        long ub = vb & table[data[i]];
        vb = (vb + ub) | (vb - ub);
      }
      out[o - first] = Long.bitCount(~va);
      out[o + 1 - first] = Long.bitCount(~vb);
    }
    if (o < end) {
      out[o - first] = lcs(data, arena.start(o), arena.end(o));
    }
  }

  private int lcsManyWords(int[] data, int from, int to) {
    long[] v = column;
    Arrays.fill(v, 0, words, -1L);
    for (int i = from; i < to; i++) {
      int slot = slotOf[data[i]];
      if (slot == 0) {
        continue;
      }
      int base = (slot - 1) * words;
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
    for (int w = 0; w < words; w++) {
      zeros += Long.bitCount(~v[w]);
    }
    // Bits above the pattern in the last word are never cleared, as in the one-word case.
    return zeros;
  }

  /** Known query tokens in the pattern. */
  int length() {
    return length;
  }
}
