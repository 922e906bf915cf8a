package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * The pool entries containing one token, grouped by entry length (groups sorted by length,
 * ordinals ascending within a group), so a search can skip whole lengths that its bound rules
 * out without touching their entries.
 */
final class TokenPostings {

  private int[] lengths = new int[2];
  private int[][] ordinals = new int[2][];
  private int[] sizes = new int[2];
  private int groups;
  private int entries;

  void add(int length, int ordinal) {
    int group = Arrays.binarySearch(lengths, 0, groups, length);
    if (group < 0) {
      group = insertGroup(-group - 1, length);
    }
    int[] list = ordinals[group];
    if (sizes[group] == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      ordinals[group] = list;
    }
    list[sizes[group]++] = ordinal;
    entries++;
  }

  /** How many entries contain the token (its document frequency). */
  int entries() {
    return entries;
  }

  int groups() {
    return groups;
  }

  /** The entry length shared by every member of the group. */
  int length(int group) {
    return lengths[group];
  }

  int size(int group) {
    return sizes[group];
  }

  /** The group's ordinals in {@code [0, size(group))}, ascending. Read only. */
  int[] ordinals(int group) {
    return ordinals[group];
  }

  private int insertGroup(int at, int length) {
    if (groups == lengths.length) {
      lengths = Arrays.copyOf(lengths, groups * 2);
      ordinals = Arrays.copyOf(ordinals, groups * 2);
      sizes = Arrays.copyOf(sizes, groups * 2);
    }
    System.arraycopy(lengths, at, lengths, at + 1, groups - at);
    System.arraycopy(ordinals, at, ordinals, at + 1, groups - at);
    System.arraycopy(sizes, at, sizes, at + 1, groups - at);
    lengths[at] = length;
    ordinals[at] = new int[2];
    sizes[at] = 0;
    groups++;
    return at;
  }
}
