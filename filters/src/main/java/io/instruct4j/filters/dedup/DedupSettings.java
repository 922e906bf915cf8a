package io.instruct4j.filters.dedup;

import java.util.Locale;
import java.util.Objects;

/** Argument checks whose messages name the config setting to fix, e.g. {@code curate.near_duplicate.threshold}. */
final class DedupSettings {

  private DedupSettings() {}

  static String key(String filter, String name) {
    return "curate." + filter + "." + name;
  }

  /** A similarity threshold in (0, 1]; NaN is refused too, since every comparison with it is false. */
  static double threshold(String setting, double value) {
    if (!(value > 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(setting + " must be in (0, 1], got " + value);
    }
    return value;
  }

  static int between(String setting, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          setting + " must be in [" + min + ", " + max + "], got " + value);
    }
    return value;
  }

  static <T> T required(String setting, T value) {
    return Objects.requireNonNull(value, () -> setting + " must be set, got null");
  }

  /** Four decimals, dot separator whatever the JVM locale, so reasons are the same on every machine. */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
