package io.instruct4j.selfqa.chunk;

import io.instruct4j.selfqa.TextUnits;
import java.util.ArrayList;
import java.util.List;

/** Sizes of text spans in the configured unit, and cutting of spans that are too long. */
final class Measure {

  private final boolean tokens;
  private final int limit;

  Measure(String unit, int limit) {
    this.tokens = unit.equals("tokens");
    this.limit = limit;
  }

  int size(String text, int start, int end) {
    return tokens ? TextUnits.tokens(text.substring(start, end)) : end - start;
  }

  /** Size of units {@code first..last} together (whitespace between units counts in chars mode). */
  int size(List<Unit> units, int first, int last) {
    if (!tokens) {
      return units.get(last).end() - units.get(first).start();
    }
    int sum = 0;
    for (int i = first; i <= last; i++) {
      sum += units.get(i).size();
    }
    return sum;
  }

  /**
   * {@code text[start, end)} as pieces within the limit: each as long as fits, cut at the last
   * whitespace in its second half when there is one (so words stay whole), never inside a
   * surrogate pair.
   */
  List<int[]> cut(String text, int start, int end) {
    List<int[]> pieces = new ArrayList<>();
    while (size(text, start, end) > limit) {
      int lo = start + 1;
      int hi = end - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (size(text, start, mid) <= limit) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      int cut = lo;
      for (int k = cut; k > start + (lo - start) / 2; k--) {
        if (Character.isWhitespace(text.charAt(k))) {
          cut = k;
          break;
        }
      }
      if (Character.isLowSurrogate(text.charAt(cut)) && cut - 1 > start) {
        cut--;
      }
      pieces.add(new int[] {start, trimEnd(text, start, cut)});
      start = cut;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    if (start < end) {
      pieces.add(new int[] {start, end});
    }
    return pieces;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
