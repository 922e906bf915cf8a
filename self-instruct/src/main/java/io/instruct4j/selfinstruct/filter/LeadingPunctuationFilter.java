package io.instruct4j.selfinstruct.filter;

import java.util.Objects;
import java.util.Optional;

/**
 * Rejects instructions whose first character is punctuation: Python's string.punctuation as in
 * the reference, its full-width forms, and every Unicode punctuation category. Such items are
 * usually list debris ("- …", "） …", "…and"). Characters listed as exempt pass, so Chinese can
 * allow an opening book-title mark or quote ("《红楼梦》的作者是谁？").
 */
public final class LeadingPunctuationFilter implements InstructionFilter {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "leading_punctuation";

  private final String exempt;

  /** @param exempt characters allowed to start an instruction although they are punctuation; may be empty */
  public LeadingPunctuationFilter(String exempt) {
    this.exempt = Objects.requireNonNull(exempt, "exempt");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> reject(String instruction) {
    String s = Objects.requireNonNull(instruction, "instruction").strip();
    if (s.isEmpty()) {
      return Optional.of("empty instruction");
    }
    int cp = s.codePointAt(0);
    if (Characters.isPunctuation(cp) && exempt.indexOf(cp) < 0) {
      return Optional.of("starts with punctuation " + Characters.describe(cp));
    }
    return Optional.empty();
  }
}
