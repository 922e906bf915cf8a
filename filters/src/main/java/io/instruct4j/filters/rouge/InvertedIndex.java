package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * The pool's inverted index on plain int arrays: for each token id, the entries containing it
 * ({@link TokenPostings}). Entries are appended in ordinal order and are searchable at once.
 */
final class InvertedIndex {

  private static final TokenPostings NONE = new TokenPostings();

  private TokenPostings[] byToken = new TokenPostings[1 << 10];
  /** Per token, 1 + the last ordinal filed under it: an entry is filed once per distinct token. */
  private int[] lastFiled = new int[1 << 10];

  void add(int ordinal, int[] tokens) {
    for (int token : tokens) {
      if (token >= byToken.length) {
        int grown = Math.max(token + 1, byToken.length * 2);
        byToken = Arrays.copyOf(byToken, grown);
        lastFiled = Arrays.copyOf(lastFiled, grown);
      }
      if (lastFiled[token] == ordinal + 1) {
        continue;
      }
      lastFiled[token] = ordinal + 1;
      if (byToken[token] == null) {
        byToken[token] = new TokenPostings();
      }
      byToken[token].add(tokens.length, ordinal);
    }
  }

  /** The postings of a known token id; an empty one for ids never filed. */
  TokenPostings of(int token) {
    TokenPostings postings = token < byToken.length ? byToken[token] : null;
    return postings == null ? NONE : postings;
  }
}
