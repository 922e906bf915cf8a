package io.instruct4j.pipelines.report;

/**
 * Escaping for the two output formats. Report text includes model output and user documents, so
 * anything that could open a tag ({@code <script>}) or break a table row ({@code |}, a line
 * break) is neutralised. In Markdown only {@code <} needs an entity (no tag can open without it);
 * {@code >}, {@code &} and the inline marks ({@code *}, {@code _}) are left alone because they
 * can only change emphasis, and escaping them would make the raw file, which people read in a
 * terminal, hard to read.
 */
final class Escape {

  private Escape() {}

  /** Text for HTML element content and attribute values. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text for a Markdown paragraph or heading: no raw HTML, one line. */
  static String markdown(String text) {
    return oneLine(text).replace("<", "&lt;");
  }

  /** Text for a Markdown table cell: as {@link #markdown}, and a {@code |} no longer ends the cell. */
  static String markdownCell(String text) {
    return markdown(text).replace("\\", "\\\\").replace("|", "\\|");
  }

  /**
   * A code fence longer than any backtick run in {@code text}, so the text cannot close it
   * (CommonMark: a fence is closed only by at least as many backticks).
   */
  static String fence(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
