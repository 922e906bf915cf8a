package io.instruct4j.selfinstruct.parse;

import java.io.Serializable;
import java.util.Objects;

/**
 * A piece of a model reply that a parser did not turn into output, with why, so nothing a
 * paid call returned disappears unexplained.
 *
 * @param text the fragment as it appeared in the reply (trimmed)
 * @param reason a short reason, one of the parsers' {@code REASON_*} constants
 */
public record Dropped(String text, String reason) implements Serializable {
  public Dropped {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
