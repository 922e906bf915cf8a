package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * Positions in the posting lists one search reads, advanced together one ordinal block at a
 * time. Candidate lists mark their entries as candidates and count hits; count-only lists add
 * hits to entries already marked. Each list's next ordinal is kept apart, so a block skips the
 * lists with nothing in it at the cost of one comparison. Reused across searches; not
 * thread-safe.
 */
final class PostingCursors {

  private static final int DONE = Integer.MAX_VALUE;

  private int[][] lists = new int[16][];
  private int[] sizes = new int[16];
  private int[] positions = new int[16];
  private int[] weights = new int[16];
  /** The ordinal at each list's position, {@link #DONE} once read to the end. */
  private int[] nextOrdinals = new int[16];
  /** Candidate lists come first: {@code [0, candidateLists)}. */
  private int candidateLists;
  private int count;
  private long postings;

  void clear() {
    Arrays.fill(lists, 0, count, null); // do not keep a shrunk pool's arrays alive
    count = 0;
    candidateLists = 0;
    postings = 0;
  }

  /** Adds a non-empty list; all candidate lists must be added before the first count-only one. */
  void add(int[] ordinals, int size, int weight, boolean candidate) {
    if (candidate && candidateLists != count) {
      throw new IllegalStateException("candidate lists must precede count-only lists");
    }
    if (count == lists.length) {
      int grown = count * 2;
      lists = Arrays.copyOf(lists, grown);
      sizes = Arrays.copyOf(sizes, grown);
      positions = Arrays.copyOf(positions, grown);
      weights = Arrays.copyOf(weights, grown);
      nextOrdinals = Arrays.copyOf(nextOrdinals, grown);
    }
    lists[count] = ordinals;
    sizes[count] = size;
    positions[count] = 0;
    nextOrdinals[count] = size > 0 ? ordinals[0] : DONE;
    weights[count++] = weight;
    if (candidate) {
      candidateLists++;
      postings += size;
    }
  }

  /** Postings in the candidate lists. */
  long postings() {
    return postings;
  }

  /** The smallest ordinal a candidate list has yet to read, or -1 when all are read. */
  int nextCandidate() {
    int next = DONE;
    for (int c = 0; c < candidateLists; c++) {
      next = Math.min(next, nextOrdinals[c]);
    }
    return next == DONE ? -1 : next;
  }

  /**
   * Reads every posting in {@code [from, to)}: candidate lists set the entry's bit in
   * {@code marks} and add their weight to {@code hits}; count-only lists add theirs to marked
   * entries. Offsets are relative to {@code from}; the caller clears both. Candidate lists
   * must have nothing before {@code from} left to read (see {@link #nextCandidate}).
   */
  void readBlock(int from, int to, long[] marks, int[] hits) {
    for (int c = 0; c < count; c++) {
      if (nextOrdinals[c] >= to) {
        continue;
      }
      int[] ordinals = lists[c];
      int at = positions[c];
      int end = sizes[c];
      int weight = weights[c];
      if (c < candidateLists) {
        for (; at < end && ordinals[at] < to; at++) {
          int offset = ordinals[at] - from;
          marks[offset >>> 6] |= 1L << offset;
          hits[offset] += weight;
        }
      } else {
        if (ordinals[at] < from) {
          at = firstAtLeast(ordinals, at, end, from); // blocks can skip ahead of count-only lists
        }
        for (; at < end && ordinals[at] < to; at++) {
          int offset = ordinals[at] - from;
          if ((marks[offset >>> 6] & (1L << offset)) != 0) {
            hits[offset] += weight;
          }
        }
      }
      positions[c] = at;
      nextOrdinals[c] = at < end ? ordinals[at] : DONE;
    }
  }

  /** The first index in {@code [from, to)} whose ordinal is at least {@code ordinal}, or {@code to}. */
  private static int firstAtLeast(int[] ordinals, int from, int to, int ordinal) {
    int low = from;
    int high = to;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ordinals[mid] < ordinal) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
