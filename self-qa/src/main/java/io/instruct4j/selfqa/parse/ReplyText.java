package io.instruct4j.selfqa.parse;

import java.util.regex.Pattern;

/** Clean-up shared by the parsers: line ends, Markdown emphasis, wrapping quotes. */
final class ReplyText {

  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");

  private ReplyText() {}

  static String normalizeNewlines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Removes bold markers and one pair of quotes wrapping the whole text. */
  static String clean(String text) {
    String s = EMPHASIS.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        m.group(1) != null ? m.group(1) : m.group(2))).strip();
    if (s.length() >= 2) {
      char first = s.charAt(0);
      char last = s.charAt(s.length() - 1);
      if ((first == '"' && last == '"') || (first == '“' && last == '”') || (first == '「' && last == '」')) {
        s = s.substring(1, s.length() - 1).strip();
      }
    }
    return s;
  }
}
