package io.instruct4j.filters.rouge;

import io.instruct4j.core.record.Similar;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How similar one text is to a pool.
 *
 * @param max the highest score, 0 when the pool is empty or shares no token with the text
 * @param mean the mean score over every pool entry, when it was asked for
 * @param top the best pool entries, best first (score descending, then insertion order)
 */
public record SimilarityMatch(double max, OptionalDouble mean, List<Similar> top) {

  public SimilarityMatch {
    top = List.copyOf(top);
  }
}
