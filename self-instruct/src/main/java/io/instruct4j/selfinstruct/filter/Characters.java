package io.instruct4j.selfinstruct.filter;

/** Code-point helpers for the leading-character filters and the CJK-aware length count. */
final class Characters {

  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private Characters() {}

  /** Han, kana and Hangul: one of these counts as one unit of length. */
  static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }

  /**
   * Python's string.punctuation (the reference's test), its full-width forms (＃, ＋, ～ …),
   * and every Unicode punctuation category (。，、《 “ …).
   */
  static boolean isPunctuation(int cp) {
    if (cp < 0x80) {
      return ASCII_PUNCTUATION.indexOf(cp) >= 0;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E && ASCII_PUNCTUATION.indexOf(cp - 0xFEE0) >= 0) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  /** {@code 'x' (U+0078)}: the character and its code point, readable even when invisible. */
  static String describe(int cp) {
    return "'" + new String(Character.toChars(cp)) + "' (U+" + String.format("%04X", cp) + ")";
  }
}
