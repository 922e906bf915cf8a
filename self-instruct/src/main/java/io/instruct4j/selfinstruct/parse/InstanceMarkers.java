package io.instruct4j.selfinstruct.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the structural markers of an instance reply: example headers ("Example 2", "**示例二：**"),
 * "Input:"/"输入：", "Output:"/"输出：" and "Class label:"/"类别标签：" labels, in English and
 * Chinese, with ASCII or full-width colons and markdown bold around them.
 */
final class InstanceMarkers {

  enum Kind { HEADER, INPUT, OUTPUT, LABEL }

  /** One marker: its kind and the span it covers (value text starts at {@code end}). */
  record Marker(Kind kind, int start, int end) {}

  private static final String BOLD = "(?:\\*\\*|__)?";
  private static final String NUMBER = "(?:[0-9０-９]+|[一二三四五六七八九十]+)";
  private static final String LINE_START = "^[ \\t\\u3000]*(?:#{1,6}[ \\t]*)?(?:[-*+•][ \\t]+)?" + BOLD + "[ \\t]*";

  private static final Pattern HEADER = Pattern.compile(
      LINE_START + "(?:(?:example|示例|样例|例子|例)[ \\t]*#?[ \\t]*" + NUMBER
          + "|(?:example|示例|样例|例子)(?=[ \\t]*[.:：]?[ \\t]*" + BOLD + "[ \\t]*$))"
          + "[ \\t]*[.:：．)）]?[ \\t]*" + BOLD + "[ \\t]*[.:：．)）]?[ \\t]*",
      Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUT = label("input|输入");
  private static final Pattern OUTPUT = label("output|输出");
  // "Output:" may also follow a space mid-line, as in "Input: 5 Output: 25" (the reference
  // splits anywhere); case-sensitive there, so prose such as "the output: …" is not a marker.
  private static final Pattern OUTPUT_INLINE = Pattern.compile(
      "(?<=[ \\t])" + BOLD + "(?:Output|输出)[ \\t]*[0-9]*[ \\t]*" + BOLD + "[ \\t]*[:：][ \\t]*" + BOLD + "[ \\t]*");
  private static final Pattern LABEL = label("class[ \\t]+label|label|类别标签|分类标签|类别|标签");

  private InstanceMarkers() {}

  private static Pattern label(String names) {
    return Pattern.compile(LINE_START + "(?:" + names + ")[ \\t]*[0-9]*[ \\t]*" + BOLD + "[ \\t]*[:：][ \\t]*" + BOLD + "[ \\t]*",
        Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
  }

  /**
   * Puts text that shares a line with an example header ("Example 1: Input: 5") on a line of
   * its own, so line-start labels after a header are found.
   */
  static String splitHeaderLines(String text) {
    Matcher m = HEADER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      boolean restOnLine = m.end() < text.length() && text.charAt(m.end()) != '\n';
      m.appendReplacement(out, Matcher.quoteReplacement(m.group().stripTrailing() + (restOnLine ? "\n" : "")));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Markers for an input-first reply: headers, inputs and outputs, in text order. */
  static List<Marker> inputFirst(String text) {
    List<Marker> all = new ArrayList<>();
    find(HEADER, Kind.HEADER, text, all);
    find(INPUT, Kind.INPUT, text, all);
    find(OUTPUT, Kind.OUTPUT, text, all);
    find(OUTPUT_INLINE, Kind.OUTPUT, text, all);
    return ordered(all);
  }

  /** Markers for an output-first reply: headers, class labels and inputs, in text order. */
  static List<Marker> outputFirst(String text) {
    List<Marker> all = new ArrayList<>();
    find(HEADER, Kind.HEADER, text, all);
    find(LABEL, Kind.LABEL, text, all);
    find(INPUT, Kind.INPUT, text, all);
    return ordered(all);
  }

  /** Where a leading "Input:"/"输入：" label ends in {@code text}, or 0 when it has none. */
  static int leadingInput(String text) {
    Matcher m = INPUT.matcher(text);
    return m.lookingAt() ? m.end() : 0;
  }

  private static void find(Pattern pattern, Kind kind, String text, List<Marker> out) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(new Marker(kind, m.start(), m.end()));
    }
  }

  /** Sorted by position; where two overlap (a header line holding "Input:"), the first wins. */
  private static List<Marker> ordered(List<Marker> all) {
    all.sort(Comparator.comparingInt(Marker::start).thenComparingInt(m -> m.kind().ordinal()));
    List<Marker> out = new ArrayList<>();
    int lastEnd = -1;
    for (Marker m : all) {
      if (m.start() >= lastEnd) {
        out.add(m);
        lastEnd = m.end();
      }
    }
    return out;
  }
}
