package io.instruct4j.selfqa.filter;

import io.instruct4j.selfqa.TextUnits;
import java.io.Serializable;
import java.util.Optional;

/**
 * Token limits for one kind of text (question or answer), with the config keys named in reasons.
 *
 * @param what {@code question} or {@code answer}
 * @param min fewest tokens
 * @param max most tokens
 */
public record LengthLimits(String what, int min, int max) implements Serializable {

  /** Filter names. */
  public static final String TOO_SHORT = "too_short";
  public static final String TOO_LONG = "too_long";

  public LengthLimits {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException(what + " length limits need 1 <= min <= max, got " + min + ".." + max);
    }
  }

  public Optional<FilterRejection> check(String text) {
    int tokens = TextUnits.tokens(text);
    if (tokens < min) {
      return Optional.of(new FilterRejection(TOO_SHORT, what + " has " + tokens + " tokens, below self_qa."
          + what + "_min_tokens " + min));
    }
    if (tokens > max) {
      return Optional.of(new FilterRejection(TOO_LONG, what + " has " + tokens + " tokens, above self_qa."
          + what + "_max_tokens " + max));
    }
    return Optional.empty();
  }
}
