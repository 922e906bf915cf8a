package io.instruct4j.selfkg.validate;

/**
 * Folds text for lexical matching without changing its length, so positions stay comparable:
 * lower case, full-width ASCII to ASCII, the ideographic space to a space.
 */
public final class TextFold {

  private TextFold() {}

  public static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(text.charAt(i));
    }
    return new String(out);
  }

  static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    } else if (c == '\u3000') {
      c = ' ';
    }
    return Character.toLowerCase(c);
  }

  /**
   * Whether {@code c} is part of a word written with spaces (Latin, Cyrillic, digits...): names
   * in such scripts only match at word boundaries. Han, kana and Hangul have no spaces, so a
   * name in them matches anywhere.
   */
  static boolean isSpacedWordChar(char c) {
    if (!Character.isLetterOrDigit(c)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
        && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL;
  }
}
