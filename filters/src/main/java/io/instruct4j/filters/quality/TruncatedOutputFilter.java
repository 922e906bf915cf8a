package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rejects an output that stops mid-way, as a reply cut at the token limit does. The rules are
 * deliberately conservative (a wrongly rejected answer was paid for), checked in this order:
 *
 * <ol>
 *   <li>a Markdown code fence ({@code ```} or {@code ~~~}) is opened and never closed
 *       (see {@link MarkdownCode} for what a fence is);
 *   <li>the output, trailing whitespace trimmed, ends with a colon or a comma: {@code :}
 *       {@code ：} {@code ,} {@code ，} or the enumeration comma {@code 、}. Full stops, {@code ;},
 *       {@code ...} and dashes are not rules: answers legitimately end with them;
 *   <li>the prose (code fences and inline code left out) leaves a bracket open:
 *       {@code ( [ { （ ［ ｛ 【 「 『 《 〈 〔 〖}. Any closing bracket closes the most recent open
 *       one whatever its kind (so the interval {@code [0, 1)} is closed), and a closing bracket
 *       with nothing open is ignored (so list markers {@code 1)} {@code a)} are harmless).
 * </ol>
 *
 * <p>Known false reject: an emoticon such as {@code :(} at the very end of an answer.
 */
final class TruncatedOutputFilter implements QualityFilter {

  private static final long serialVersionUID = 1L;

  private static final String DANGLING = ":：,，、";
  private static final String OPENERS = "([{（［｛【「『《〈〔〖";
  private static final String CLOSERS = ")]}）］｝】」』》〉〕〗";

  @Override
  public String name() {
    return "truncated_output";
  }

  @Override
  public Optional<String> reject(Example example) {
    String output = example.output().stripTrailing();
    if (output.isEmpty()) {
      return Optional.empty();
    }
    MarkdownCode.Prose prose = MarkdownCode.strip(output);
    if (prose.unclosedFence() != null) {
      return Optional.of("output truncated: unclosed " + prose.unclosedFence() + " code fence");
    }
    int last = output.codePointBefore(output.length());
    if (DANGLING.indexOf(last) >= 0) {
      return Optional.of("output truncated: ends with '" + Character.toString(last) + "'");
    }
    Deque<Character> open = unclosed(prose.text());
    if (!open.isEmpty()) {
      return Optional.of("output truncated: unclosed " + open.stream()
          .map(c -> "'" + c + "'").collect(Collectors.joining(", ")));
    }
    return Optional.empty();
  }

  /** The brackets still open at the end, outermost first. */
  private static Deque<Character> unclosed(String text) {
    Deque<Character> stack = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (OPENERS.indexOf(c) >= 0) {
        stack.addLast(c);
      } else if (CLOSERS.indexOf(c) >= 0 && !stack.isEmpty()) {
        stack.removeLast();
      }
    }
    return stack;
  }

  @Override
  public String toString() {
    return name();
  }
}
