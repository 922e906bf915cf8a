package io.instruct4j.selfinstruct.filter;

import java.util.Optional;

/**
 * Rejects instructions whose first character is punctuation: Python's string.punctuation as in
 * the reference, its full-width forms, and every Unicode punctuation category. Such items are
 * usually list debris ("- …", "） …", "…and"). Characters listed as exempt pass, so Chinese can
 * allow an opening book-title mark or quote ("《红楼梦》的作者是谁？").
 */
public final class LeadingPunctuationFilter extends FirstCharacterFilter {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "leading_punctuation";

  /** @param exempt characters allowed to start an instruction although they are punctuation; may be empty */
  public LeadingPunctuationFilter(String exempt) {
    super(exempt);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  Optional<String> rejectFirst(int cp) {
    if (Characters.isPunctuation(cp)) {
      return Optional.of("starts with punctuation " + Characters.describe(cp));
    }
    return Optional.empty();
  }
}
