package io.instruct4j.selfinstruct.parse;

import java.util.regex.Pattern;

/** Small text helpers shared by the reply parsers: whitespace, markdown wrappers, CJK joins. */
final class ReplyText {

  // \s misses the ideographic space and no-break space that Chinese replies use.
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
  // Bold only between non-alphanumerics, so "2**10" (exponent) and "__init__" stay intact.
  private static final Pattern INLINE_BOLD =
      Pattern.compile("(?<![A-Za-z0-9*])\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*(?![A-Za-z0-9*])");
  private static final String[][] WRAPPERS = {
      {"**", "**"}, {"__", "__"}, {"`", "`"}, {"*", "*"}, {"_", "_"},
      {"\"", "\""}, {"\u201C", "\u201D"}, {"\u300C", "\u300D"}};

  private ReplyText() {}

  static String normalizeNewlines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  static String collapseWhitespace(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  static String removeInlineBold(String text) {
    return INLINE_BOLD.matcher(text).replaceAll("$1");
  }

  /**
   * Removes markdown or quotes wrapped around the whole text, repeatedly ({@code **`x`**} → x),
   * but only when the marker does not also occur inside, so "*a* and *b*" is left alone.
   */
  static String stripWrappers(String text) {
    String current = text.strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String[] w : WRAPPERS) {
        String open = w[0];
        String close = w[1];
        if (current.length() > open.length() + close.length()
            && current.startsWith(open) && current.endsWith(close)) {
          String inner = current.substring(open.length(), current.length() - close.length());
          if (!inner.contains(open) && !inner.contains(close) && !inner.isBlank()) {
            current = inner.strip();
            changed = true;
            break;
          }
        }
      }
    }
    return current;
  }

  /** Joins two lines of one item: no space between CJK characters, one space otherwise. */
  static String join(String left, String right) {
    if (left.isEmpty()) {
      return right;
    }
    if (right.isEmpty()) {
      return left;
    }
    boolean cjk = isCjk(left.codePointBefore(left.length())) && isCjk(right.codePointAt(0));
    return cjk ? left + right : left + " " + right;
  }

  /** Han, kana, Hangul and the CJK punctuation and full-width blocks. */
  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }
}
