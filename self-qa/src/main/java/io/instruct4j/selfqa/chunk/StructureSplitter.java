package io.instruct4j.selfqa.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits extracted text into headings and paragraphs (runs of non-blank lines), with offsets. A
 * {@code #} line is a heading only in texts where {@code #} marks headings (Markdown, and what we
 * render from HTML and JSON), and never inside a fenced code block. In plain text (.txt, PDF) a
 * line standing alone that numbers a chapter or section ({@code 第三章 使用和维护},
 * {@code Chapter 2 Installation}, {@code Section IV}) is a heading, as regulations and reports
 * are laid out that way; other short lines stay text, since guessing more would cut real prose.
 */
final class StructureSplitter {

  private static final Pattern HEADING = Pattern.compile("^[ ]{0,3}(#{1,6})[ \\t]+(.*?)[ \\t#]*$");
  private static final Pattern FENCE = Pattern.compile("^[ ]{0,3}(```|~~~)");
  /** A numbered chapter or section line, not ending like a sentence. */
  private static final Pattern PLAIN_HEADING = Pattern.compile(
      "^(?:第[一二三四五六七八九十百千零〇两0-9]+(?:章|节|编|卷|部分)|(?:chapter|part|section)\\s+(?:[0-9]+|[ivxlc]+)\\b)"
          + ".{0,40}(?<![。.！!？?；;，,:：])$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private StructureSplitter() {}

  static List<Block> split(String text, boolean markdownHeadings) {
    List<Block> blocks = new ArrayList<>();
    int paraStart = -1;
    int paraEnd = -1;
    boolean inFence = false;
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, lineEnd);
      Matcher heading = HEADING.matcher(line);
      if (markdownHeadings && FENCE.matcher(line).find()) {
        inFence = !inFence;
      }
      if (line.isBlank() && !inFence) {
        paraStart = close(blocks, text, paraStart, paraEnd, markdownHeadings);
      } else if (markdownHeadings && !inFence && heading.matches() && !heading.group(2).isBlank()) {
        paraStart = close(blocks, text, paraStart, paraEnd, markdownHeadings);
        int s = pos + heading.start(1);
        int e = pos + heading.end(2);
        blocks.add(new Block(Block.Kind.HEADING, s, e, heading.group(2).strip()));
      } else if (!line.isBlank()) {
        if (paraStart < 0) {
          paraStart = pos + leadingSpace(line);
        }
        paraEnd = pos + line.stripTrailing().length();
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    close(blocks, text, paraStart, paraEnd, markdownHeadings);
    return blocks;
  }

  /** Adds the open paragraph, if any, and returns -1 (no paragraph open). */
  private static int close(List<Block> blocks, String text, int start, int end, boolean markdownHeadings) {
    if (start >= 0 && end > start) {
      String body = text.substring(start, end);
      if (!markdownHeadings && body.indexOf('\n') < 0 && PLAIN_HEADING.matcher(body).matches()) {
        blocks.add(new Block(Block.Kind.HEADING, start, end, body.strip()));
        return -1;
      }
      blocks.add(new Block(Boilerplate.isBoilerplate(body) ? Block.Kind.BOILERPLATE : Block.Kind.PARAGRAPH,
          start, end, null));
    }
    return -1;
  }

  private static int leadingSpace(String line) {
    int k = 0;
    while (k < line.length() && Character.isWhitespace(line.charAt(k))) {
      k++;
    }
    return k;
  }
}
