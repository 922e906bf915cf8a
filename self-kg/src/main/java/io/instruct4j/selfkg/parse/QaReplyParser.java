package io.instruct4j.selfkg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads question–answer pairs from a model reply. Two formats are recognised:
 *
 * <ul>
 *   <li>JSON: an array of objects (or an object holding one such array), optionally in a
 *       {@code ```json} fence, with the question under {@code question}/{@code q}/{@code instruction}/
 *       {@code 问题}/{@code 问} and the answer under {@code answer}/{@code a}/{@code output}/{@code 答案}/
 *       {@code 答}/{@code 回答}; a cut-off array keeps its complete elements.
 *   <li>Labeled lines: {@code Q:}/{@code A:}, {@code Question:}/{@code Answer:}, {@code 问：}/{@code 答：},
 *       {@code 问题：}/{@code 答案：}, optionally numbered ({@code 1. Q:}, {@code Q1:}, {@code 问1：}),
 *       bulleted or in bold; a field runs until the next marker or a blank line, and text outside
 *       the fields (a preamble, a closing remark) is ignored.
 * </ul>
 *
 * A question's leading type tag such as {@code [factual]} or {@code 【建议类】} is removed. A question
 * without an answer (or an answer without a question) is dropped as {@value #INCOMPLETE}; when the
 * reply was cut off by the token limit its last pair is dropped as {@value #TRUNCATED}.
 */
public final class QaReplyParser {

  /** Reason of a pair cut off by the token limit. */
  public static final String TRUNCATED = "truncated";
  /** Reason of a question without an answer or an answer without a question. */
  public static final String INCOMPLETE = "incomplete_pair";

  private static final String PREFIX = "^\\s*(?:[-*•]\\s*)?(?:\\d{1,3}\\s*[.)、]\\s*)?(?:\\*\\*|__)?\\s*";
  private static final String SUFFIX = "\\s*(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?\\s*";
  private static final Pattern QUESTION = Pattern.compile(
      PREFIX + "(?:Q(?:uestion)?|问题?)\\s*\\d{0,3}" + SUFFIX, Pattern.CASE_INSENSITIVE);
  private static final Pattern ANSWER = Pattern.compile(
      PREFIX + "(?:A(?:nswer)?|答案?|回答)\\s*\\d{0,3}" + SUFFIX, Pattern.CASE_INSENSITIVE);
  private static final Pattern TYPE_TAG = Pattern.compile("^\\s*[\\[【(（][^\\]】)）\\n]{1,24}[\\]】)）]\\s*");

  private QaReplyParser() {}

  public static ParsedQa parse(String reply, boolean truncated) {
    String text = reply == null ? "" : reply.replace("\r\n", "\n").strip();
    ParsedQa json = JsonQa.parse(text, truncated);
    if (json != null) {
      return json;
    }
    return labeled(text, truncated);
  }

  private static ParsedQa labeled(String text, boolean truncated) {
    List<String[]> items = new ArrayList<>(); // {question or null, answer or null}
    String field = null; // "q" or "a" while inside a field
    StringBuilder current = new StringBuilder();
    String[] open = null;
    for (String line : text.split("\n", -1)) {
      Matcher q = QUESTION.matcher(line);
      Matcher a = ANSWER.matcher(line);
      if (q.lookingAt()) {
        close(open, field, current);
        open = new String[2];
        items.add(open);
        field = "q";
        current.setLength(0);
        current.append(line.substring(q.end()));
      } else if (a.lookingAt()) {
        close(open, field, current);
        if (open == null || open[1] != null || open[0] == null) {
          open = new String[2];
          items.add(open);
        }
        field = "a";
        current.setLength(0);
        current.append(line.substring(a.end()));
      } else if (line.isBlank()) {
        close(open, field, current);
        field = null;
      } else if (field != null) {
        current.append('\n').append(line);
      }
    }
    close(open, field, current);
    List<QaPair> pairs = new ArrayList<>();
    List<DroppedPair> dropped = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String[] it = items.get(i);
      boolean last = i == items.size() - 1;
      String question = it[0] == null ? "" : clean(TYPE_TAG.matcher(it[0]).replaceFirst(""));
      String answer = it[1] == null ? "" : clean(it[1]);
      String shown = (question.isEmpty() ? "" : "Q: " + question) + (answer.isEmpty() ? "" : "\nA: " + answer);
      if (last && truncated) {
        dropped.add(new DroppedPair(shown.strip(), TRUNCATED));
      } else if (question.isEmpty() || answer.isEmpty()) {
        dropped.add(new DroppedPair(shown.strip(), INCOMPLETE));
      } else {
        pairs.add(new QaPair(question, answer));
      }
    }
    return new ParsedQa(pairs, dropped, items.isEmpty() ? "none" : "labeled");
  }

  private static void close(String[] open, String field, StringBuilder current) {
    if (open == null || field == null) {
      return;
    }
    int slot = field.equals("q") ? 0 : 1;
    if (open[slot] == null) {
      open[slot] = current.toString();
    }
  }

  /** Whitespace collapsed per line, markdown bold removed from the ends. */
  static String clean(String text) {
    String t = text.strip();
    t = t.replaceAll("^(\\*\\*|__)|(\\*\\*|__)$", "").strip();
    return t.replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n");
  }
}
