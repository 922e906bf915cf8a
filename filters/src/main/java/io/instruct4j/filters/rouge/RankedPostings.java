package io.instruct4j.filters.rouge;

import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * The pool entries containing one token, grouped by the entry's length and then by where the
 * token first comes in the entry's tokens written rarest first ({@link TokenOrder}): a search
 * that needs the token among an entry's first p tokens reads only the positions below p.
 * Lengths and positions are kept sorted; ordinals ascend within a list. A posting is laid out
 * as in {@link PackedPostings}: the ordinal and its entry's two signature words.
 */
final class RankedPostings {

  /** The lists of one entry length, by position. */
  static final class Lengths {
    private final int length;
    private int[] positions = new int[2];
    private long[][] postings = new long[2][];
    private int[] sizes = new int[2];
    private int count;

    private Lengths(int length) {
      this.length = length;
    }

    /** The length of every entry here. */
    int length() {
      return length;
    }

    /** How many distinct positions have entries. */
    int count() {
      return count;
    }

    /** The i-th smallest position: how many rarer tokens come before this one in the entries. */
    int position(int i) {
      return positions[i];
    }

    /** The postings at the i-th position, {@code size(i)} of them, {@link PackedPostings#STRIDE} words each. */
    long[] postings(int i) {
      return postings[i];
    }

    int size(int i) {
      return sizes[i];
    }

    private void add(int position, int ordinal, long low, long high) {
      int at = Arrays.binarySearch(positions, 0, count, position);
      if (at < 0) {
        at = -at - 1;
        positions = openSlot(positions, at, count);
        postings = openSlot(postings, at, count);
        sizes = openSlot(sizes, at, count);
        positions[at] = position;
        postings[at] = new long[2 * PackedPostings.STRIDE];
        sizes[at] = 0;
        count++;
      }
      int size = sizes[at]++;
      long[] list = postings[at];
      if (PackedPostings.STRIDE * size == list.length) {
        list = Arrays.copyOf(list, list.length * 2);
        postings[at] = list;
      }
      list[PackedPostings.STRIDE * size] = ordinal;
      list[PackedPostings.STRIDE * size + 1] = low;
      list[PackedPostings.STRIDE * size + 2] = high;
    }
  }

  private int[] lengthKeys = new int[2];
  private Lengths[] byLength = new Lengths[2];
  private int groups;

  /** Files an entry of this length, with the token at this position and this signature. */
  void add(int length, int position, int ordinal, long low, long high) {
    int at = Arrays.binarySearch(lengthKeys, 0, groups, length);
    if (at < 0) {
      at = -at - 1;
      lengthKeys = openSlot(lengthKeys, at, groups);
      byLength = openSlot(byLength, at, groups);
      lengthKeys[at] = length;
      byLength[at] = new Lengths(length);
      groups++;
    }
    byLength[at].add(position, ordinal, low, high);
  }

  /** How many entry lengths have entries, ascending by length. */
  int groups() {
    return groups;
  }

  Lengths group(int i) {
    return byLength[i];
  }

  /**
   * Makes room at {@code at} in an array (of any element type) whose first {@code count} slots
   * are used, moving the later ones up by one: the same array, or one twice as long when full.
   */
  @SuppressWarnings("unchecked")
  static <A> A openSlot(A array, int at, int count) {
    A out = array;
    if (count == Array.getLength(array)) {
      out = (A) Array.newInstance(array.getClass().getComponentType(), Math.max(2, 2 * count));
      System.arraycopy(array, 0, out, 0, at);
    }
    System.arraycopy(array, at, out, at + 1, count - at);
    return out;
  }
}
