package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * The pool's postings for prefix filtering ({@link PrefixSearch}): each entry is filed under
 * each of its distinct tokens, by its length and by the position where the token first comes
 * when the entry's tokens are written out in one {@link TokenOrder}, rarest first.
 *
 * <p>New entries are filed in small per-token lists ({@link RankedPostings}) and packed into
 * flat arrays ({@link PackedPostings}) each time the pool grows by a quarter, so most reads
 * stream. The order is refrozen, and every entry refiled by one sort per token, each time the
 * pool grows fourfold, so it follows the pool's rarity for a third more filing. Not thread-safe.
 */
final class PrefixIndex {

  /** The pool size at which rarity is first measured; it is measured again each time the pool grows fourfold. */
  private static final int FIRST_FREEZE = 64;
  private static final int FREEZE_GROWTH = 4;
  /** Newer entries are packed once they are this share of the packed ones: 1 / 4. */
  private static final int PACK_SHIFT = 2;

  private final TokenArena arena;
  private final TokenOrder order = new TokenOrder();
  private PackedPostings[] packed = new PackedPostings[1 << 10];
  private RankedPostings[] recent = new RankedPostings[1 << 10];
  /** Entries below this ordinal are packed, the others in {@link #recent}. */
  private int packedEntries;
  private long[] sortKeys = new long[1 << 6];
  /** The last entry {@link #rankDistinct} read: its distinct tokens rarest first, and where each first comes. */
  private int[] distinctTokens = new int[1 << 6];
  private int[] firstPositions = new int[1 << 6];
  private final long[] entrySignature = new long[2];
  private int nextFreeze = FIRST_FREEZE;

  PrefixIndex(TokenArena arena) {
    this.arena = arena;
  }

  /** Files the arena's entry {@code ordinal}, which must be its newest. */
  void add(int ordinal) {
    file(ordinal, true);
    int size = ordinal + 1;
    if (size == nextFreeze) {
      freeze(size);
      rebuild(size);
    } else if (size - packedEntries >= Math.max(FIRST_FREEZE, packedEntries >>> PACK_SHIFT)) {
      pack(size);
    }
  }

  /**
   * Files the arena's entries {@code [from, to)}, its newest, as {@link #add} one by one would
   * (same postings, so the same answers), but when they are many, by one sort per token at the
   * end instead of one list insertion per token and entry.
   */
  void addAll(int from, int to) {
    if (to - from < Math.max(FIRST_FREEZE, packedEntries >>> PACK_SHIFT)) {
      for (int o = from; o < to; o++) {
        add(o);
      }
      return;
    }
    for (int o = from; o < to; o++) {
      for (int d = 0, distinct = rankDistinct(o); d < distinct; d++) {
        order.count(distinctTokens[d]);
      }
    }
    if (to >= nextFreeze) {
      freeze(to);
    }
    rebuild(to);
  }

  /** Ranks the tokens by the frequencies counted in the first {@code size} entries; the next freeze is four times further. */
  private void freeze(int size) {
    order.freeze();
    while (nextFreeze <= size) {
      nextFreeze = (int) Math.min(Integer.MAX_VALUE, (long) nextFreeze * FREEZE_GROWTH);
    }
  }

  /** Refiles every entry in the new order straight into packed postings, by one sort per token. */
  private void rebuild(int size) {
    if (packed.length < order.tokens()) { // a bulk add counts tokens it has not filed yet
      packed = Arrays.copyOf(packed, order.tokens());
      recent = Arrays.copyOf(recent, order.tokens());
    }
    Arrays.fill(recent, null);
    if (arena.maxLength() >= PackedPostings.MAX_KEYED_LENGTH) {
      // A text of 65,536+ tokens does not fit the sort key: file one posting at a time.
      Arrays.fill(packed, null);
      packedEntries = 0;
      for (int o = 0; o < size; o++) {
        file(o, false);
      }
      pack(size);
      return;
    }
    long[][] keys = new long[packed.length][];
    int[] filled = new int[packed.length];
    long[] signatures = new long[2 * size];
    int[] data = arena.data();
    for (int o = 0; o < size; o++) {
      TokenSignatures.sign(data, arena.start(o), arena.end(o), signatures, 2 * o);
      int n = arena.length(o);
      for (int d = 0, distinct = rankDistinct(o); d < distinct; d++) {
        int token = distinctTokens[d];
        if (keys[token] == null) {
          keys[token] = new long[order.frequency(token)];
        }
        keys[token][filled[token]++] = PackedPostings.key(n, firstPositions[d], o);
      }
    }
    for (int token = 0; token < keys.length; token++) {
      if (keys[token] != null) {
        Arrays.sort(keys[token]);
      }
      packed[token] = keys[token] == null ? null : PackedPostings.of(keys[token], signatures);
    }
    packedEntries = size;
  }

  private void pack(int size) {
    for (int token = 0; token < recent.length; token++) {
      if (recent[token] != null) {
        packed[token] = PackedPostings.merge(packed[token] == null ? PackedPostings.EMPTY : packed[token],
            recent[token]);
        recent[token] = null;
      }
    }
    packedEntries = size;
  }

  /** The order queries must read their tokens in ({@link QueryPlan}). */
  TokenOrder order() {
    return order;
  }

  /** The token's packed postings, or null. */
  PackedPostings packed(int token) {
    return token < packed.length ? packed[token] : null;
  }

  /** The token's postings newer than {@link #packedEntries()}, or null. */
  RankedPostings recent(int token) {
    return token < recent.length ? recent[token] : null;
  }

  /** Entries below this ordinal are in the packed postings, the others in the recent ones. */
  int packedEntries() {
    return packedEntries;
  }

  /** Files the entry under each distinct token at its first position, rarest first. */
  private void file(int ordinal, boolean count) {
    TokenSignatures.sign(arena.data(), arena.start(ordinal), arena.end(ordinal), entrySignature, 0);
    int n = arena.length(ordinal);
    for (int d = 0, distinct = rankDistinct(ordinal); d < distinct; d++) {
      int token = distinctTokens[d];
      if (count) {
        order.count(token);
      }
      if (token >= recent.length) {
        int grown = Math.max(token + 1, recent.length * 2);
        recent = Arrays.copyOf(recent, grown);
        packed = Arrays.copyOf(packed, grown);
      }
      if (recent[token] == null) {
        recent[token] = new RankedPostings();
      }
      recent[token].add(n, firstPositions[d], ordinal, entrySignature[0], entrySignature[1]);
    }
  }

  /**
   * Writes the entry's distinct tokens, rarest first, to {@link #distinctTokens} and the position
   * where each first comes in its tokens written out in that order (repeats one after another)
   * to {@link #firstPositions}; returns how many there are.
   */
  private int rankDistinct(int ordinal) {
    int[] data = arena.data();
    int start = arena.start(ordinal);
    int n = arena.length(ordinal);
    if (sortKeys.length < n) {
      sortKeys = new long[Math.max(n, sortKeys.length * 2)];
      distinctTokens = new int[sortKeys.length];
      firstPositions = new int[sortKeys.length];
    }
    for (int i = 0; i < n; i++) {
      int token = data[start + i];
      sortKeys[i] = ((long) order.rank(token) << 32) | token;
    }
    Arrays.sort(sortKeys, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sortKeys[i] != sortKeys[i - 1]) {
        distinctTokens[distinct] = (int) sortKeys[i];
        firstPositions[distinct++] = i;
      }
    }
    return distinct;
  }
}
