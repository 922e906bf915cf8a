package io.instruct4j.filters.rouge;

import io.instruct4j.core.record.Similar;
import java.util.Arrays;
import java.util.Objects;

/** The pool's entries in insertion order (their ordinal), with texts interned to token ids. */
final class PoolEntries {

  private final RougeTokenizer tokenizer;
  private final TokenVocabulary vocabulary = new TokenVocabulary();
  private String[] ids = new String[64];
  private String[] texts = new String[64];
  private int[][] tokens = new int[64][];
  private int size;
  /** The last query encoded, reused while the vocabulary is unchanged (filters ask twice). */
  private String lastText;
  private int lastVocabularySize = -1;
  private int[] lastQuery;

  PoolEntries(RougeTokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  /** Adds an entry and returns its ordinal. */
  int add(String id, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, () -> "text of pool entry " + id);
    if (size == ids.length) {
      int grown = size * 2;
      ids = Arrays.copyOf(ids, grown);
      texts = Arrays.copyOf(texts, grown);
      tokens = Arrays.copyOf(tokens, grown);
    }
    ids[size] = id;
    texts[size] = text;
    tokens[size] = vocabulary.intern(tokenizer.tokenize(text));
    return size++;
  }

  /**
   * A query's token ids; tokens absent from the pool become {@link TokenVocabulary#UNKNOWN}.
   * Callers must not modify the array: asking again for the same text returns the same one.
   */
  int[] encodeQuery(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.equals(lastText) || lastVocabularySize != vocabulary.size()) {
      lastQuery = vocabulary.lookup(tokenizer.tokenize(text));
      lastText = text;
      lastVocabularySize = vocabulary.size();
    }
    return lastQuery;
  }

  /** Distinct tokens in the pool; every token id is below it. */
  int vocabularySize() {
    return vocabulary.size();
  }

  int size() {
    return size;
  }

  int[] tokens(int ordinal) {
    return tokens[ordinal];
  }

  Similar similar(int ordinal, double score) {
    return new Similar(ids[ordinal], texts[ordinal], score);
  }

  static void checkThreshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("similarity threshold must be in [0, 1], got " + threshold);
    }
  }

  static void checkTopK(int topK) {
    if (topK < 0) {
      throw new IllegalArgumentException("topK must be >= 0, got " + topK);
    }
  }
}
