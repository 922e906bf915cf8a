package io.instruct4j.selfqa.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the questions in a question-generation reply, whatever list style the model chose:
 * numbered ({@code 1.}, {@code 2)}, {@code 3、}, {@code **4.**}, {@code (5)}, {@code 一、}),
 * bulleted, labelled ({@code Q:}, {@code Q1:}, {@code Question 2:}, {@code 问：}, {@code 问题1：}),
 * or, when no line is marked, plain lines ending in a question mark. Answer lines a model adds
 * anyway ({@code A:}, {@code 答：}) and chatter before and after the list are ignored. When the
 * reply was cut off by the length limit, a last item without closing punctuation is dropped as
 * truncated.
 */
public final class QuestionParser {

  /** Filter name: the reply holds no question at all. */
  public static final String NO_QUESTIONS = "no_questions";
  /** Filter name: the last item was cut off by the length limit. */
  public static final String TRUNCATED = "truncated";

  private static final Pattern ITEM = Pattern.compile(
      "^\\s*(?:#{1,6}\\s*)?(?:[-*+•]\\s+)?(?:\\*\\*|__)?\\s*(?:"
          + "(?:q|question|问题?|提问)\\s*[0-9０-９]{0,3}\\s*[.:：)）、]"  // Q: / Q1: / Question 2: / 问：/ 问题1：
          + "|[(（]?[0-9０-９]{1,3}\\s*[.．)）、:：](?![0-9])"             // 1. / 2) / 3、 / (4)
          + "|[一二三四五六七八九十]{1,3}\\s*[、.．]"                      // 一、
          + ")\\s*(?:\\*\\*|__)?\\s*(?<rest>.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*+•]\\s+(?<rest>.+)$");
  private static final Pattern ANSWER_LINE = Pattern.compile(
      "^\\s*(?:[-*+•]\\s+)?(?:\\*\\*|__)?\\s*(?:a|answer|答案?|回答)\\s*[0-9]{0,3}\\s*[.:：)）]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String END_MARKS = "?？.。!！\"”」)）";

  private QuestionParser() {}

  public static ParsedQuestions parse(String reply, boolean truncated) {
    String text = ReplyText.normalizeNewlines(reply).strip();
    List<String> marked = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || ANSWER_LINE.matcher(line).find()) {
        continue;
      }
      Matcher item = ITEM.matcher(line);
      Matcher bullet = BULLET.matcher(line);
      if (item.matches()) {
        add(marked, item.group("rest"));
      } else if (bullet.matches()) {
        add(marked, bullet.group("rest"));
      } else {
        String s = ReplyText.clean(line);
        if (s.endsWith("?") || s.endsWith("？")) {
          add(plain, s);
        }
      }
    }
    List<String> questions = marked.isEmpty() ? plain : marked;
    List<Dropped> dropped = new ArrayList<>();
    if (questions.isEmpty()) {
      dropped.add(new Dropped(text, NO_QUESTIONS, text.isEmpty() ? "the reply is empty"
          : "the reply holds no numbered, labelled or question-mark line"));
      return new ParsedQuestions(questions, dropped);
    }
    if (truncated) {
      String last = questions.get(questions.size() - 1);
      if (END_MARKS.indexOf(last.charAt(last.length() - 1)) < 0) {
        questions.remove(questions.size() - 1);
        dropped.add(new Dropped(last, TRUNCATED, "cut off by the length limit (finish_reason length)"));
      }
    }
    return new ParsedQuestions(questions, dropped);
  }

  private static void add(List<String> out, String raw) {
    String s = ReplyText.clean(raw);
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
