package io.instruct4j.filters.quality;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;

/** Argument checks whose messages name the config setting to fix, e.g. {@code curate.quality.output_length.min_words}. */
final class Settings {

  /** Where the quality section sits in the config file. */
  static final String PREFIX = "curate.quality.";

  private Settings() {}

  static String key(String section, String name) {
    return PREFIX + section + "." + name;
  }

  static int atLeast(String setting, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(setting + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  /** A ratio threshold in [0, 1]; NaN is refused too, since every comparison with it is false. */
  static double ratio(String setting, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(setting + " must be between 0 and 1, got " + value);
    }
    return value;
  }

  /** A threshold that may exceed 1 (a ratio against another count) but must be a number >= 0. */
  static double nonNegative(String setting, double value) {
    if (!(value >= 0.0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(setting + " must be a finite number >= 0, got " + value);
    }
    return value;
  }

  static EnumSet<ExampleField> fields(String setting, Collection<ExampleField> fields) {
    if (fields == null || fields.isEmpty()) {
      throw new IllegalArgumentException(setting + " must name at least one of instruction, input, output");
    }
    if (fields.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(setting + " contains a null field");
    }
    return EnumSet.copyOf(fields);
  }

  /** Three decimals, dot separator whatever the JVM locale, so reasons are the same on every machine. */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
