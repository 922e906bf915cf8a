package io.instruct4j.selfinstruct.filter;

import java.util.Optional;

/**
 * Rejects instructions that do not start with a character of the data's language. English
 * follows the reference ({@code if not inst[0].isascii()}): the first character must be ASCII,
 * so "Über…", "你好…" and emoji are rejected while "3 ways to…" passes. Chinese accepts any
 * letter (CJK ideographs are letters) or digit. Exempt characters pass in both.
 */
public final class LeadingCharacterFilter extends FirstCharacterFilter {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "leading_character";

  private final String language;

  /**
   * @param language {@code en} or {@code zh}
   * @param exempt characters allowed to start an instruction anyway; may be empty
   */
  public LeadingCharacterFilter(String language, String exempt) {
    super(exempt);
    this.language = LengthFilter.requireLanguage(language);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  Optional<String> rejectFirst(int cp) {
    if (language.equals("en") && cp >= 0x80) {
      return Optional.of("starts with non-ASCII character " + Characters.describe(cp));
    }
    if (language.equals("zh") && !Character.isLetterOrDigit(cp)) {
      return Optional.of("starts with a character that is not a letter or digit: " + Characters.describe(cp));
    }
    return Optional.empty();
  }
}
