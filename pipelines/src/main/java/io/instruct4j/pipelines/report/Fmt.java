package io.instruct4j.pipelines.report;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Number formats of the report: plain digits, one decimal, never the machine's locale. */
final class Fmt {

  private Fmt() {}

  static String count(long n) {
    return Long.toString(n);
  }

  /** {@code 3 documents}, {@code 1 document}. */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@code 66.7%}, or {@code -} when there is nothing to divide by. */
  static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** {@code a 2, b 1} in key order, zeros left out; {@code none} when nothing is left. */
  static String counts(Map<String, Long> counts) {
    String text = new TreeMap<>(counts).entrySet().stream().filter(e -> e.getValue() != 0)
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    return text.isEmpty() ? "none" : text;
  }

  /** Seconds with one decimal, or {@code -} when unknown. */
  static String seconds(Double s) {
    return s == null ? "-" : String.format(Locale.ROOT, "%.1f", s);
  }

  /** {@code text} cut to {@code max} characters (never inside a surrogate pair), with an ellipsis. */
  static String shorten(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int end = Character.isHighSurrogate(flat.charAt(max - 1)) ? max - 1 : max;
    return flat.substring(0, end) + "…";
  }
}
