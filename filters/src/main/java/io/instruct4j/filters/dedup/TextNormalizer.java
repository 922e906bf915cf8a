package io.instruct4j.filters.dedup;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Folds the differences that do not make two texts different for exact dedup: Unicode width and
 * compatibility forms, case, punctuation and whitespace.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>NFKC, so fullwidth {@code ＡＢＣ１２３} reads as {@code ABC123}, halfwidth katakana as
 *       fullwidth, {@code ﬁ} as {@code fi} and the ideographic space as a plain space.
 *   <li>Lower case, code point by code point ({@link Character#toLowerCase(int)}), so the result
 *       does not depend on the JVM locale or on a letter's position in a word.
 *   <li>Punctuation (Unicode categories Pc, Pd, Ps, Pe, Pi, Pf, Po, e.g. {@code ,.!?-"'} and the CJK
 *       {@code 。，！？、“”「」《》}) counts as whitespace, so {@code Hello,World} (typical after
 *       fullwidth {@code ，} is folded) equals {@code Hello, World}; {@code don't} becomes
 *       {@code don t}. Invisible format characters (Cf: zero-width space, BOM, soft hyphen) are
 *       deleted.
 *   <li>Runs of whitespace (including tabs, newlines and other separators) become one space;
 *       leading and trailing whitespace is dropped, and so is whitespace between two Han, Hiragana
 *       or Katakana characters, since those scripts do not separate words by spaces
 *       ({@code 你好，世界} and {@code 你好 世界} both fold to {@code 你好世界}).
 * </ol>
 *
 * <p>Symbols (Sm, Sc, Sk, So: {@code + $ ~} and emoji), letters, digits and marks are kept.
 * Stateless and thread-safe.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** The normalized form of {@code text}; empty when the text has only punctuation and spaces. */
  public static String normalize(String text) {
    Objects.requireNonNull(text, "text");
    // NFKC is the identity on ASCII; skipping it keeps the common English case fast.
    String composed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(composed.length());
    boolean pendingSpace = false;
    int previous = -1;
    for (int i = 0; i < composed.length(); ) {
      int cp = composed.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isPunctuation(cp)) {
        pendingSpace = out.length() > 0;
      } else if (!isFormat(cp)) {
        if (pendingSpace && !(isUnspaced(previous) && isUnspaced(cp))) {
          out.append(' ');
        }
        pendingSpace = false;
        previous = Character.toLowerCase(cp);
        out.appendCodePoint(previous);
      }
    }
    return out.toString();
  }

  private static boolean isFormat(int cp) {
    return cp >= 0x80 && Character.getType(cp) == Character.FORMAT;
  }

  private static boolean isPunctuation(int cp) {
    if (cp < 0x80) {
      // ASCII punctuation; the symbols $ + < = > ^ ` | ~ are category S* and stay.
      return (cp >= '!' && cp <= '/' && cp != '$' && cp != '+')
          || (cp >= ':' && cp <= '@' && cp != '<' && cp != '=' && cp != '>')
          || (cp >= '[' && cp <= '_' && cp != '^') || cp == '{' || cp == '}';
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  /** Scripts written without spaces between words. */
  private static boolean isUnspaced(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
