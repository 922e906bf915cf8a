package io.instruct4j.selfqa.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences, as offsets into the text. A sentence ends at {@code 。！？}
 * (no space needed, as Chinese writes none), or at {@code . ! ?} followed by whitespace or the
 * end, together with any repeated marks and closing quotes or brackets after it. A period after a
 * common abbreviation or a single initial ({@code e.g.}, {@code Dr.}, {@code J.}) ends nothing;
 * a decimal point has no space after it and ends nothing either, nor does the period of a list
 * number ({@code 2. Check the cable}). A line that starts a list item
 * ({@code - x}, {@code 2. x}) starts a sentence, so list items are never glued together.
 */
final class SentenceSplitter {

  private static final String CJK_ENDS = "。！？";
  private static final String LATIN_ENDS = ".!?";
  private static final String CLOSERS = "\"'”’)）」』】]";
  private static final Set<String> ABBREVIATIONS = Set.of(
      "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "fig", "approx", "inc", "ltd",
      "co", "jr", "sr", "u.s", "cf", "al", "ca", "max", "min", "vol", "art", "sec");

  private SentenceSplitter() {}

  /** The sentences of {@code text[start, end)}, each as {@code {start, end}} without surrounding whitespace. */
  static List<int[]> split(String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int from = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      int after = -1;
      if (CJK_ENDS.indexOf(c) >= 0 || LATIN_ENDS.indexOf(c) >= 0) {
        int j = i + 1;
        boolean cjk = CJK_ENDS.indexOf(c) >= 0;
        while (j < end && (CJK_ENDS.indexOf(text.charAt(j)) >= 0 || LATIN_ENDS.indexOf(text.charAt(j)) >= 0
            || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
          cjk |= CJK_ENDS.indexOf(text.charAt(j)) >= 0;
          j++;
        }
        boolean spaced = j == end || Character.isWhitespace(text.charAt(j));
        if (cjk || (spaced && !(c == '.' && (abbreviation(text, from, i) || itemNumber(text, from, i))))) {
          after = j;
        }
      } else if (c == '\n' && startsListItem(text, i + 1, end)) {
        after = i;
      }
      if (after > from) {
        add(out, text, from, after);
        from = after;
        i = after - 1;
      }
    }
    add(out, text, from, end);
    return out;
  }

  private static void add(List<int[]> out, String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new int[] {from, to});
    }
  }

  /** The word before the period at {@code dot}, letters and inner periods, is a known abbreviation or an initial. */
  private static boolean abbreviation(String text, int from, int dot) {
    int k = dot;
    while (k > from && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      k--;
    }
    String word = text.substring(k, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The sentence so far is only a number: the {@code 2.} of a numbered list item. */
  private static boolean itemNumber(String text, int from, int dot) {
    int k = from;
    while (k < dot && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k == dot || dot - k > 3) {
      return false;
    }
    for (int j = k; j < dot; j++) {
      if (!Character.isDigit(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsListItem(String text, int at, int end) {
    int k = at;
    while (k < end && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    if (k < end && "-*+•".indexOf(text.charAt(k)) >= 0) {
      return k + 1 < end && text.charAt(k + 1) == ' ';
    }
    int digits = k;
    while (digits < end && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    return digits > k && digits + 1 < end && ".)、".indexOf(text.charAt(digits)) >= 0
        && Character.isWhitespace(text.charAt(digits + 1));
  }
}
