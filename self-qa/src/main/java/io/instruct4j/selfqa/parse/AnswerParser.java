package io.instruct4j.selfqa.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the answer out of an answer reply: drops an announcing first line ("Sure, here is the
 * answer:"), a repeated question ({@code Q: ...}, {@code 问：...}), an answer label
 * ({@code A:}, {@code Answer:}, {@code 答：}, {@code 回答：}) and closing remarks after a blank
 * line ("I hope this helps!", "希望对你有帮助"). A reply cut off by the length limit, an empty
 * one, and the agreed refusal ("NOT ANSWERABLE", "无法回答") are not answers.
 */
public final class AnswerParser {

  /** Filter name: the reply was cut off by the length limit. */
  public static final String TRUNCATED = "truncated";
  /** Filter name: nothing is left once the chatter is removed. */
  public static final String EMPTY = "empty_answer";
  /** Filter name: the model said the passage does not answer the question. */
  public static final String NOT_ANSWERABLE = "not_answerable";

  private static final Pattern OPENING = Pattern.compile(
      "^(?:sure|certainly|of course|okay|ok|here(?:'s| is)|below is|好的|当然|没问题|以下是|下面是)[^\\n]*[:：]\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern QUESTION_LABEL = Pattern.compile(
      "^\\s*(?:\\*\\*|__)?(?:q|question|问题?)\\s*[0-9]{0,3}\\s*[:：]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ANSWER_LABEL = Pattern.compile(
      "^\\s*(?:\\*\\*|__)?(?:a|answer|答案?|回答)\\s*[0-9]{0,3}\\s*[:：]\\s*(?:\\*\\*|__)?\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CLOSING = Pattern.compile(
      "^(?:i hope|hope (?:this|that)|let me know|feel free|if you (?:have|need) (?:any )?(?:more|other|further)"
          + "|希望(?:这|以上|对你|对您|能)|如果(?:您|你)还有|如有(?:其他|其它|更多)|如需)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern REFUSAL = Pattern.compile(
      "^(?:not answerable|unanswerable|无法回答|无法作答|不能回答)[.。!！]?$", Pattern.CASE_INSENSITIVE);

  private AnswerParser() {}

  public static ParsedAnswer parse(String reply, boolean truncated) {
    String text = ReplyText.normalizeNewlines(reply).strip();
    if (truncated) {
      return ParsedAnswer.dropped(text, TRUNCATED, "cut off by the length limit (finish_reason length)");
    }
    List<String> paragraphs = new ArrayList<>(List.of(text.split("\n[ \\t\\u3000]*\n")));
    while (paragraphs.size() > 1 && CLOSING.matcher(paragraphs.get(paragraphs.size() - 1).strip()).find()) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    List<String> lines = new ArrayList<>(List.of(String.join("\n\n", paragraphs).split("\n", -1)));
    if (lines.size() > 1 && OPENING.matcher(lines.get(0).strip()).matches()) {
      lines.remove(0);
    }
    // "Q: ... / A: ..." echoes: keep what follows the answer label.
    if (!lines.isEmpty() && QUESTION_LABEL.matcher(lines.get(0)).find()) {
      int a = 1;
      while (a < lines.size() && !ANSWER_LABEL.matcher(lines.get(a)).find()) {
        a++;
      }
      lines = a < lines.size() ? new ArrayList<>(lines.subList(a, lines.size())) : new ArrayList<>();
    }
    String answer = String.join("\n", lines).strip();
    answer = ANSWER_LABEL.matcher(answer).replaceFirst("");
    answer = ReplyText.clean(answer);
    if (answer.isEmpty()) {
      return ParsedAnswer.dropped(text, EMPTY, text.isEmpty() ? "the reply is empty"
          : "nothing is left once the chatter and labels are removed");
    }
    if (REFUSAL.matcher(answer).matches()) {
      return ParsedAnswer.dropped(text, NOT_ANSWERABLE, "the model found no answer in the passage");
    }
    return ParsedAnswer.of(answer);
  }
}
