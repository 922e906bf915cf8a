package io.instruct4j.filters.curate;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.core.record.Example;
import java.io.Serializable;
import java.util.Objects;

/**
 * An example on its way through the curation chain, with where it was read.
 *
 * @param position its number in the input, counted from 0 over all input files in the order
 *     given; dedup keeps the earliest, and outputs are written in this order, so it is what makes
 *     results identical on every runner
 * @param source {@code file:line} it was read from, copied onto its reject if it has one
 * @param example the example
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Candidate(long position, String source, Example example) implements Serializable {

  public Candidate {
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0, got " + position);
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(example, "example");
  }
}
