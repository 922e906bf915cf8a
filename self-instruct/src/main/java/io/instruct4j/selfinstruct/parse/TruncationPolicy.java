package io.instruct4j.selfinstruct.parse;

import java.util.Locale;

/** What to drop from a reply the length limit cut off. */
public enum TruncationPolicy {
  /** Drop only the last item, which is the one the cut can have damaged (default). */
  DROP_LAST,
  /** Drop the whole reply, as the paper's reference code does. */
  DROP_ALL;

  /** Maps the config value {@code drop_last} / {@code drop_all}. */
  public static TruncationPolicy fromConfig(String value) {
    if (value == null) {
      return DROP_LAST;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "drop_last" -> DROP_LAST;
      case "drop_all" -> DROP_ALL;
      default -> throw new IllegalArgumentException(
          "self_instruct.truncation must be drop_last or drop_all, got '" + value + "'");
    };
  }
}
