package io.instruct4j.filters.rouge;

import io.instruct4j.core.record.Similar;
import java.util.List;
import java.util.Optional;

/**
 * A growing pool of texts that answers "how similar is this text to the pool?".
 *
 * <p>Every implementation must give identical answers for the same sequence of calls, down to
 * the last bit of every score: the exhaustive scorer is the oracle the fast one is tested
 * against. Ranking is by score descending, then by insertion order (earlier first); pool
 * entries sharing no token with the query score 0 and are never listed. Implementations are
 * not thread-safe.
 */
public interface SimilarityIndex extends AutoCloseable {

  /** Adds a pool entry; ids are labels reported back in {@link Similar}, not checked for uniqueness. */
  void add(String id, String text);

  /**
   * Adds pool entries in order, exactly as {@link #add} one by one would; an index may file a
   * large batch faster at once (building a pool from its seeds, say).
   */
  default void addAll(List<String> ids, List<String> texts) {
    checkSameSize(ids, texts);
    for (int i = 0; i < ids.size(); i++) {
      add(ids.get(i), texts.get(i));
    }
  }

  /** Fails unless the two lists pair up. */
  static void checkSameSize(List<String> ids, List<String> texts) {
    if (ids.size() != texts.size()) {
      throw new IllegalArgumentException(ids.size() + " ids for " + texts.size() + " texts");
    }
  }

  /** Number of pool entries. */
  int size();

  /**
   * The highest score against the pool (0 for an empty pool) and the {@code topK} best entries.
   * The mean is left empty because it cannot be pruned; see {@link #bestWithMean}.
   */
  SimilarityMatch best(String text, int topK);

  /**
   * Like {@link #best} plus the mean score over the whole pool (0 for an empty pool), as
   * Self-Instruct records it. Exact, so it scores every entry sharing a token with the text:
   * for English that is nearly the whole pool ("the", "a"), i.e. close to exhaustive cost.
   */
  SimilarityMatch bestWithMean(String text, int topK);

  /**
   * The earliest-added pool entry scoring strictly above {@code threshold}, stopping as soon as
   * one is found; empty when none does.
   *
   * @param threshold in [0, 1]
   */
  Optional<Similar> firstAbove(String text, double threshold);

  /** Whether some pool entry scores strictly above {@code threshold} (Self-Instruct's test). */
  default boolean wouldReject(String text, double threshold) {
    return firstAbove(text, threshold).isPresent();
  }

  /** Releases resources (an index); the pool cannot be used afterwards. */
  @Override
  default void close() {}
}
