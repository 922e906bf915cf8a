package io.instruct4j.pipelines.report;

import io.instruct4j.core.record.Example;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The most common leading words of instructions, a cheap stand-in for the Self-Instruct paper's
 * verb analysis (which needs a parser). English: the first word, lower-cased. Chinese has no
 * spaces and no segmenter is on our classpath, so the first two Han characters stand in for the
 * verb: crude, but right for the common two-character verbs (解释, 判断, 总结, 列出) and stable.
 * Leading digits, punctuation and spaces are skipped ("1. Explain" counts as {@code explain}).
 */
final class LeadingVerbs implements Consumer<Example> {

  /** Han characters taken as a Chinese instruction's leading word. */
  static final int HAN_CHARS = 2;
  static final String NONE = "(none)";

  private final Map<String, Long> counts = new HashMap<>();
  private long total;

  @Override
  public void accept(Example e) {
    counts.merge(leadingWord(e.instruction()), 1L, Long::sum);
    total++;
  }

  static String leadingWord(String text) {
    int i = 0;
    while (i < text.length() && !Character.isLetter(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i >= text.length()) {
      return NONE;
    }
    StringBuilder word = new StringBuilder();
    if (isHan(text.codePointAt(i))) {
      for (int n = 0; n < HAN_CHARS && i < text.length() && isHan(text.codePointAt(i)); n++) {
        word.appendCodePoint(text.codePointAt(i));
        i += Character.charCount(text.codePointAt(i));
      }
      return word.toString();
    }
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean inWord = Character.isLetterOrDigit(cp) && !isHan(cp)
          || (cp == '\'' || cp == '-') && word.length() > 0;
      if (!inWord) {
        break;
      }
      word.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return word.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  long total() {
    return total;
  }

  /** The {@code k} most common words, most common first, ties in code-point order. */
  List<Map.Entry<String, Long>> top(int k) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(k)
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }

  List<Block> blocks(int k, String chartFile) {
    if (total == 0) {
      return List.of(new Block.Text("No accepted instructions, so no leading words."));
    }
    List<Map.Entry<String, Long>> top = top(k);
    List<List<String>> rows = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    int rank = 1;
    for (Map.Entry<String, Long> e : top) {
      rows.add(List.of(Integer.toString(rank++), e.getKey(), Fmt.count(e.getValue()),
          Fmt.percent(e.getValue(), total)));
      words.add(e.getKey());
      values.add(e.getValue());
    }
    ChartLabels labels = ChartLabels.of(words);
    return List.of(
        new Block.Text("Leading word of each accepted instruction: the first word, lower-cased, for English; the "
            + "first " + HAN_CHARS + " Han characters for Chinese (a crude proxy for the verb, as Chinese has no "
            + "spaces)."),
        new Block.Table("Most common leading words (" + total + " instructions)",
            List.of("Rank", "Word", "Instructions", "Share"), rows),
        new Block.Chart(new ChartSpec(chartFile, "Self-Instruct: most common leading words", labels.axisTitle("word"),
            "instructions", labels.labels(), values)));
  }
}
