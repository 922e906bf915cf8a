package io.instruct4j.filters.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns tokens to dense int ids so LCS compares ints, not strings. Not thread-safe. */
final class TokenVocabulary {

  /** Id given to query tokens that no pool entry contains: they can never match anything. */
  static final int UNKNOWN = -1;

  private final Map<String, Integer> ids = new HashMap<>();

  /** Number of distinct tokens interned; ids are {@code 0 .. size() - 1}. */
  int size() {
    return ids.size();
  }

  /** Ids for one pool entry's tokens, adding new tokens to the vocabulary. */
  int[] intern(List<String> tokens) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(tokens.get(i), t -> ids.size());
    }
    return out;
  }

  /**
   * Ids for query tokens without growing the vocabulary (rejected candidates would otherwise
   * leak memory); tokens never seen in the pool map to {@link #UNKNOWN}.
   */
  int[] lookup(List<String> tokens) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.getOrDefault(tokens.get(i), UNKNOWN);
    }
    return out;
  }
}
