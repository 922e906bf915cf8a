package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.io.Serializable;
import java.util.Optional;

/**
 * One quality heuristic: it either accepts an example or says why not. Implementations are
 * immutable, thread-safe and serializable (they travel inside Beam DoFns).
 */
public interface QualityFilter extends Serializable {

  /** The snake_case name counted in summaries and written to {@code Reject.filter}, e.g. {@code output_length}. */
  String name();

  /**
   * Why {@code example} fails this heuristic, naming the field, the measured value and the limit
   * ({@code "output too short: 2 words (minimum 3)"}); empty when it passes.
   */
  Optional<String> reject(Example example);
}
