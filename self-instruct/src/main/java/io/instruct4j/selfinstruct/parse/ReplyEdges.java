package io.instruct4j.selfinstruct.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reply split into the chat wrapping and the body: an opening line such as "Sure! Here are
 * three examples:" and closing remarks such as "I hope these help!".
 *
 * @param opening the opening line, empty when there is none
 * @param body the rest
 * @param closing the closing remarks, empty when there are none
 */
record ReplyEdges(String opening, String body, String closing) {

  private static final Pattern OPENING = Pattern.compile(
      "^(?:sure|certainly|of course|okay|ok|absolutely|here (?:is|are)|here's|below (?:is|are)"
          + "|好的|当然|没问题|以下是|下面是|这里是)(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern INTRODUCES = Pattern.compile(
      "[:：][\\s*_]*$|example|示例|例子|样例", Pattern.CASE_INSENSITIVE);

  // A closing remark must talk about the reply itself; "Let me know if you have any questions."
  // alone may be the last line of an email the task asked for.
  private static final Pattern ABOUT_REPLY = Pattern.compile(
      "example|instance|task|more|help|示例|例子|任务|更多|帮助|有用", Pattern.CASE_INSENSITIVE);

  static ReplyEdges of(String reply) {
    List<String> paragraphs = new ArrayList<>(
        List.of(ReplyText.normalizeNewlines(reply).strip().split("\n[ \t\u3000]*\n")));
    List<String> closing = new ArrayList<>();
    while (paragraphs.size() > 1 && isClosingRemark(paragraphs.get(paragraphs.size() - 1))) {
      closing.add(0, paragraphs.remove(paragraphs.size() - 1).strip());
    }
    String text = String.join("\n\n", paragraphs);
    int newline = text.indexOf('\n');
    String first = (newline < 0 ? text : text.substring(0, newline)).strip();
    // Only an opener that announces what follows ("…examples:"), so a first input line that
    // happens to start with "Sure" is kept.
    if (newline > 0 && OPENING.matcher(first).find() && INTRODUCES.matcher(first).find()) {
      return new ReplyEdges(first, text.substring(newline + 1), String.join("\n\n", closing));
    }
    return new ReplyEdges("", text, String.join("\n\n", closing));
  }

  private static boolean isClosingRemark(String paragraph) {
    return Chatter.isClosingRemark(paragraph) && ABOUT_REPLY.matcher(paragraph).find();
  }
}
