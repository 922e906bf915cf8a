package io.instruct4j.selfqa;

import io.instruct4j.filters.rouge.RougeTokenizer;

/**
 * Text lengths in the units the Self-QA settings use. A "token" is a ROUGE token (a word, or a
 * single CJK character), so a limit means roughly the same amount of content in English and
 * Chinese; model tokenizers differ from model to model and are not available offline.
 */
public final class TextUnits {

  private TextUnits() {}

  /** ROUGE tokens in the text: words and CJK characters. */
  public static int tokens(String text) {
    return RougeTokenizer.plain().tokenize(text).size();
  }

  /** Code points that are not whitespace. */
  public static int visibleChars(String text) {
    return (int) text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).count();
  }
}
