package io.instruct4j.filters.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text measurements shared by the heuristics; every method is pure and null-hostile. */
final class Texts {

  private Texts() {}

  /**
   * Whether the text has nothing visible: only whitespace (including NBSP and the ideographic
   * space {@code U+3000}) and invisible format characters such as the zero-width space and BOM.
   */
  static boolean isBlank(String text) {
    return text.codePoints().allMatch(cp -> Scripts.isSpace(cp) || Character.getType(cp) == Character.FORMAT);
  }

  /** Runs of whitespace become one space and the ends are trimmed, so layout differences do not count. */
  static String normalizeWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Scripts.isSpace(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** Words as {@code wc -w} counts them: maximal runs of non-whitespace. {@code "中文句子。"} is one word. */
  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean space = Scripts.isSpace(cp);
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** Unicode code points after trimming leading and trailing whitespace (an emoji counts once). */
  static int characters(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Scripts.isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && Scripts.isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.codePointCount(start, end);
  }

  /**
   * CJK-aware tokens, lower-cased: every CJK character ({@link Scripts#isCjk}) is a token, every
   * maximal run of other letters, digits and combining marks is a token, and punctuation,
   * symbols and whitespace only separate. {@code "用Python写代码!"} gives
   * {@code [用, python, 写, 代, 码]}; {@code "don't"} gives {@code [don, t]}.
   */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Scripts.isCjk(cp)) {
        flush(word, tokens);
        tokens.add(new String(Character.toChars(cp)));
      } else if (Scripts.isWordChar(cp)) {
        word.appendCodePoint(cp);
      } else {
        flush(word, tokens);
      }
    }
    flush(word, tokens);
    return tokens;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }

  /** {@code 1 word}, {@code 2 words}: reasons read naturally. */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
