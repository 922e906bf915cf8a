package io.instruct4j.selfinstruct.parse;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Yes/No answer of the classification prompt. It accepts the answer word at the start
 * of the reply (after an echoed "Is it classification?" / "是否为分类任务？" or an "Answer:"
 * label, and without markdown), and returns empty for anything else: hedges ("Yes and no",
 * "It depends", "不确定"), sentences that do not start with the answer, empty replies. It never
 * guesses, because a wrong flag sends the task to the wrong instance prompt.
 */
public final class ClassificationAnswerParser {

  private static final Pattern QUESTION = Pattern.compile(
      "(?:is it (?:a )?classification(?: task)?|是否为分类任务|是否是分类任务)\\s*[?？:：]",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile(
      "^(?:final answer|answer|回答|答案|答)\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKDOWN = Pattern.compile("[*_`#>]+");
  private static final Pattern YES_NO = Pattern.compile("^(yes|no)(?![\\p{L}\\p{N}'’])", Pattern.CASE_INSENSITIVE);
  // "yes and no", "yes or no", "yes/no", "no, yes": both answers at once.
  private static final Pattern EN_BOTH = Pattern.compile(
      "^(?:yes|no)\\s*(?:and|or|/|,|-)\\s*(?:yes|no)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
  private static final Pattern ZH_NO = Pattern.compile("^(?:否|不是)");
  private static final Pattern ZH_YES = Pattern.compile("^(?:是的|是)");
  private static final Pattern ZH_BOTH = Pattern.compile("^(?:是也不是|是或否|是或不是|是/否|是否|是不是|是或者不是)");

  private ClassificationAnswerParser() {}

  /** True for Yes/是, false for No/否, empty when the reply does not give one clear answer. */
  public static Optional<Boolean> parse(String reply) {
    Objects.requireNonNull(reply, "reply");
    String answer = Reasoning.split(reply).answer();
    String text = MARKDOWN.matcher(ReplyText.normalizeNewlines(answer)).replaceAll("").strip();
    Matcher question = QUESTION.matcher(text);
    // Skip an echoed "[Task: …] Is it classification?" but never jump past a first answer to
    // a later one: a model that goes on to invent more few-shot items answers those too.
    if (question.find() && isEcho(text.substring(0, question.start()))) {
      text = text.substring(question.end()).strip();
    }
    text = LABEL.matcher(text).replaceFirst("");
    int newline = text.indexOf('\n');
    text = ReplyText.collapseWhitespace(newline < 0 ? text : text.substring(0, newline));
    text = stripLeadingQuotes(text);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (EN_BOTH.matcher(text).find() || ZH_BOTH.matcher(text).find()) {
      return Optional.empty();
    }
    Matcher en = YES_NO.matcher(text);
    if (en.find()) {
      return Optional.of(en.group(1).equalsIgnoreCase("yes"));
    }
    if (ZH_NO.matcher(text).find()) {
      return Optional.of(false);
    }
    if (ZH_YES.matcher(text).find()) {
      return Optional.of(true);
    }
    return Optional.empty();
  }

  private static boolean isEcho(String before) {
    String b = before.strip();
    return b.isEmpty() || b.regionMatches(true, 0, "task", 0, 4) || b.startsWith("任务");
  }

  private static String stripLeadingQuotes(String text) {
    int i = 0;
    while (i < text.length() && "\"'“”‘’「」".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return text.substring(i).strip();
  }
}
