package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * A total order on token ids, rarest first, that both sides of a prefix filter share: entries
 * are filed under their first tokens in this order, and queries read theirs in it.
 *
 * <p>Rarity is each token's document frequency at the last {@link #freeze}; the ranks then stay
 * fixed, so filed entries stay valid as the pool grows. Tokens first seen after the freeze rank
 * after every frozen one, by id: a token new to a large pool is rare. Any fixed order keeps the
 * filter exact; one close to true rarity keeps the prefixes short. Not thread-safe.
 */
final class TokenOrder {

  /** Per token id, the entries containing it. */
  private int[] frequencies = new int[1 << 10];
  /** Per frozen token id, its rank; ids from {@code frozen} on rank as themselves. */
  private int[] ranks = new int[0];
  private int frozen;
  private int tokens;

  /** Counts one entry under each of its distinct tokens (each passed once). */
  void count(int token) {
    if (token >= frequencies.length) {
      frequencies = Arrays.copyOf(frequencies, Math.max(token + 1, frequencies.length * 2));
    }
    frequencies[token]++;
    tokens = Math.max(tokens, token + 1);
  }

  /** One more than the largest token id counted so far. */
  int tokens() {
    return tokens;
  }

  /** How many entries counted so far contain the token. */
  int frequency(int token) {
    return token < frequencies.length ? frequencies[token] : 0;
  }

  /** Ranks every token seen so far by its current frequency, ties by id. */
  void freeze() {
    long[] keys = new long[tokens];
    for (int id = 0; id < tokens; id++) {
      keys[id] = ((long) frequencies[id] << 32) | id;
    }
    Arrays.sort(keys);
    ranks = new int[tokens];
    for (int rank = 0; rank < tokens; rank++) {
      ranks[(int) keys[rank]] = rank;
    }
    frozen = tokens;
  }

  /** The token's place in the order: a permutation of the ids, smaller is rarer. */
  int rank(int token) {
    return token < frozen ? ranks[token] : token;
  }
}
