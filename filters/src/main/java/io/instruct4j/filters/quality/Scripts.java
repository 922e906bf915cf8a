package io.instruct4j.filters.quality;

/** Code-point classification shared by the token counter, the script detector and the blocklist. */
final class Scripts {

  private Scripts() {}

  /**
   * Whether the code point is written without spaces between words, so each one counts as a
   * token: Han ideographs (including {@code 〇}), Hiragana, Katakana (and the prolonged sound
   * mark {@code ー}) and Hangul.
   */
  static boolean isCjk(int cp) {
    if (cp < 0x1100) {
      return false;
    }
    if (cp == 0x30FC || Character.isIdeographic(cp)) {
      return true;
    }
    if (!Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /** A Chinese character: an ideograph of the Han script. */
  static boolean isHan(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    if (cp < 0x17000 && Character.isIdeographic(cp)) {
      return true; // the BMP and Ext A ideographs are all Han: skip the script table lookup
    }
    return (Character.isIdeographic(cp) || Character.isLetter(cp))
        && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  static boolean isLatinLetter(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }

  /** Part of a space-separated word: a non-CJK letter or digit, or a combining mark on one. */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Whitespace in the broad sense: ASCII and Unicode spaces, NBSP and the ideographic space. */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }
}
