package io.instruct4j.selfinstruct.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the first line of a numbered item as chat models write it: {@code 9. x},
 * {@code 9) x}, {@code 9、x}, {@code ９．x}, {@code (9) x}, {@code **9.** x}, {@code **9. x**},
 * {@code - 9. x}, {@code ### 9. x}, {@code Task 9: x}, {@code 任务9：x}.
 *
 * @param number the item number
 * @param text the rest of the line after the number and its delimiter
 * @param boldTitle whether the whole line was bold ({@code **9. Title**}), a title style whose
 *     following lines describe the task
 */
record ItemHeader(int number, String text, boolean boldTitle) {

  private static final Pattern HEADER = Pattern.compile(
      "^[ \\t\\u3000]*(?:#{1,6}[ \\t]+)?(?:[-*+•][ \\t]+)?(?<open>\\*\\*|__|\\*|_)?[ \\t]*"
          + "(?<label>(?:task|instruction|任务|指令)[ \\t]*)?[(（]?(?<num>[0-9０-９]{1,3})[ \\t]*"
          + "(?<delim>[.．)）、:：])?(?<close>\\*\\*|__|\\*|_)?[ \\t]*(?<delim2>[.．)）、:：])?[ \\t\\u3000]*(?<rest>.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static Optional<ItemHeader> parse(String line) {
    Matcher m = HEADER.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String delim = m.group("delim") != null ? m.group("delim") : m.group("delim2");
    String open = m.group("open");
    String close = m.group("close");
    String rest = m.group("rest");
    if (delim == null && close == null) {
      return Optional.empty(); // "9 apples" is text, not an item
    }
    if (close != null && open == null && m.group("delim") == null) {
      return Optional.empty(); // "9** ..." is not a header
    }
    if (m.group("delim") != null && ".．:：".contains(m.group("delim")) && m.end("delim") == m.start("rest")
        && !rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
      return Optional.empty(); // "3.5 million" or "10:30" is a number, not an item
    }
    int number = Integer.parseInt(m.group("num"));
    boolean boldTitle = false;
    if (open != null && close == null) {
      // **9. Whole item in bold** – the closing marker ends the line.
      String trimmed = rest.stripTrailing();
      String inner = trimmed.endsWith(open) ? trimmed.substring(0, trimmed.length() - open.length()) : null;
      if (inner != null && !inner.contains(open)) {
        rest = inner;
        boldTitle = true;
      } else if (trimmed.contains(open)) {
        // **9. Title** rest of the line: keep the bold pair for inline removal.
        rest = open + rest;
      }
    }
    return Optional.of(new ItemHeader(number, rest.strip(), boldTitle));
  }
}
