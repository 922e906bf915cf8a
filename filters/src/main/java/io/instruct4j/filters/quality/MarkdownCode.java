package io.instruct4j.filters.quality;

import java.util.regex.Pattern;

/**
 * Separates prose from Markdown code, because code is not prose: it is symbol-heavy, repetitive,
 * English-keyworded and full of brackets that close on another line, so the prose heuristics
 * (truncation brackets, repetition, symbol ratio, script) look at the prose only.
 *
 * <p>Rules: a fence is a line whose first non-blank characters are three or more backticks or
 * tildes (any indentation, since LLMs indent code inside list items); a backtick fence's info
 * string must not contain a backtick (so {@code ```x```} on one line is inline code, as in
 * CommonMark). The fence closes at a line holding only the same character, at least as many
 * times. Fenced lines, fence lines included, are dropped; an unclosed fence runs to the end of
 * the text. Inline code spans ({@code `x`}, {@code ``x`y``}) within one line become a space.
 */
final class MarkdownCode {

  private static final Pattern INLINE_CODE = Pattern.compile("(`+)(.+?)\\1");

  /**
   * The text without code.
   *
   * @param text the prose, lines joined with {@code \n}
   * @param unclosedFence the opening marker (e.g. {@code ```}) of a fence never closed, or null
   */
  record Prose(String text, String unclosedFence) {}

  private MarkdownCode() {}

  static Prose strip(String text) {
    StringBuilder prose = new StringBuilder(text.length());
    String fence = null;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (fence == null) {
        String opening = openingFence(trimmed);
        if (opening != null) {
          fence = opening;
        } else {
          prose.append(line).append('\n');
        }
      } else if (closes(trimmed, fence)) {
        fence = null;
      }
    }
    String withoutSpans = INLINE_CODE.matcher(prose).replaceAll(" ");
    return new Prose(withoutSpans, fence);
  }

  /** The fence marker the line opens with, or null when it is not a fence line. */
  private static String openingFence(String trimmed) {
    if (!trimmed.startsWith("```") && !trimmed.startsWith("~~~")) {
      return null;
    }
    char marker = trimmed.charAt(0);
    int length = 0;
    while (length < trimmed.length() && trimmed.charAt(length) == marker) {
      length++;
    }
    if (marker == '`' && trimmed.indexOf('`', length) >= 0) {
      return null;
    }
    return trimmed.substring(0, length);
  }

  private static boolean closes(String trimmed, String fence) {
    if (trimmed.length() < fence.length()) {
      return false;
    }
    char marker = fence.charAt(0);
    for (int i = 0; i < trimmed.length(); i++) {
      if (trimmed.charAt(i) != marker) {
        return false;
      }
    }
    return true;
  }
}
