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
 *       {@code 。，！？、“”「」《》}) and invisible format characters (Cf: zero-width space, BOM,
 *       soft hyphen) are deleted, not replaced by a space: Chinese has no spaces between words,
 *       so {@code 你好，世界} must fold to the same text as {@code 你好世界}.
 *   <li>Runs of whitespace (including tabs, newlines and other separators) become one space, and
 *       leading and trailing whitespace is dropped.
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
    for (int i = 0; i < composed.length(); ) {
      int cp = composed.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
      } else if (!isDropped(cp)) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return out.toString();
  }

  private static boolean isDropped(int cp) {
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
          Character.OTHER_PUNCTUATION, Character.FORMAT -> true;
      default -> false;
    };
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
