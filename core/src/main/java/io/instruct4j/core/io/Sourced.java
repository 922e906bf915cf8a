package io.instruct4j.core.io;

import java.util.Objects;

/**
 * A value read from a file, with where it came from.
 *
 * @param value the record
 * @param source {@code file:line} of the line (or array element) it was read from
 */
public record Sourced<T>(T value, String source) {

  public Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
