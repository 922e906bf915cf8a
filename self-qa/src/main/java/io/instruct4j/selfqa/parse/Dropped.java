package io.instruct4j.selfqa.parse;

import java.util.Objects;

/**
 * Text a parser could not use, with the filter name it is rejected under and why.
 *
 * @param text the dropped text
 * @param filter e.g. {@code truncated}, {@code no_questions}
 * @param reason a sentence for the reject record
 */
public record Dropped(String text, String filter, String reason) {

  public Dropped {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(reason, "reason");
  }
}
