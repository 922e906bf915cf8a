package io.instruct4j.selfqa.ingest;

/**
 * Tells Chinese from English by the share of CJK characters among the letters. A CJK character
 * carries about a word's worth of meaning, so a Chinese text with English terms in it ("PDF",
 * "kWh") still has a CJK share far above the threshold, while an English text quoting a Chinese
 * name stays far below it. Only {@code en} and {@code zh} have prompts, so Japanese and Korean
 * text also reads as {@code zh}.
 */
public final class LanguageDetector {

  /** CJK characters per letter at or above which a text counts as Chinese. */
  public static final double CJK_SHARE = 0.3;

  private LanguageDetector() {}

  /** {@code zh} or {@code en}; {@code fallback} when the text has no letter at all. */
  public static String detect(String text, String fallback) {
    long cjk = 0;
    long letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (isCjk(cp)) {
          cjk++;
        }
      }
    }
    if (letters == 0) {
      return fallback;
    }
    return (double) cjk / letters >= CJK_SHARE ? "zh" : "en";
  }

  /** A Han ideograph, kana or Hangul letter. */
  public static boolean isCjk(int cp) {
    if (cp < 0x1100) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
