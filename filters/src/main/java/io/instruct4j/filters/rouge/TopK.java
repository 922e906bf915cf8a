package io.instruct4j.filters.rouge;

import io.instruct4j.core.record.Similar;
import java.util.ArrayList;
import java.util.List;

/**
 * The k best (ordinal, score) pairs seen so far, ordered by score descending then ordinal
 * ascending, so the result does not depend on the order pairs are offered in.
 */
final class TopK {

  private final int capacity;
  private final int[] ordinals;
  private final double[] scores;
  private int size;

  TopK(int capacity) {
    this.capacity = capacity;
    this.ordinals = new int[capacity];
    this.scores = new double[capacity];
  }

  /**
   * Whether an entry scoring at most {@code bound} could still enter: true until full, then only
   * when the bound reaches the current k-th score (an equal score with a smaller ordinal wins).
   */
  boolean couldEnter(double bound) {
    return size < capacity || bound >= scores[size - 1];
  }

  /** Whether k entries have been kept. */
  boolean full() {
    return size == capacity;
  }

  /** The k-th best score so far; only meaningful when {@link #full()}. */
  double kth() {
    return scores[size - 1];
  }

  void offer(int ordinal, double score) {
    if (size == capacity && !ranksBefore(score, ordinal, scores[size - 1], ordinals[size - 1])) {
      return;
    }
    int position = size == capacity ? size - 1 : size++;
    while (position > 0 && ranksBefore(score, ordinal, scores[position - 1], ordinals[position - 1])) {
      scores[position] = scores[position - 1];
      ordinals[position] = ordinals[position - 1];
      position--;
    }
    scores[position] = score;
    ordinals[position] = ordinal;
  }

  double best() {
    return size == 0 ? 0.0 : scores[0];
  }

  List<Similar> toList(PoolEntries pool, int limit) {
    List<Similar> out = new ArrayList<>(Math.min(size, limit));
    for (int i = 0; i < Math.min(size, limit); i++) {
      out.add(pool.similar(ordinals[i], scores[i]));
    }
    return out;
  }

  private static boolean ranksBefore(double score, int ordinal, double otherScore, int otherOrdinal) {
    return score > otherScore || (score == otherScore && ordinal < otherOrdinal);
  }
}
