package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * {@link RankedPostings} packed into flat arrays: every posting of one token in a single array,
 * ordered by entry length, then position, then ordinal, with a two-level directory on top. A
 * posting is {@link #STRIDE} words, the ordinal and its entry's two signature words side by
 * side, so reading one costs one cache miss, not two. A search reads, for each length, one
 * contiguous run (the positions it needs come first), so the memory it touches streams instead
 * of hopping between small lists. Immutable; a token's newer entries are merged in with
 * {@link #merge}.
 */
final class PackedPostings {

  /** Words per posting: ordinal, signature low word, signature high word. */
  static final int STRIDE = 3;
  /** Lengths (and so positions) below this fit a {@link #key}. */
  static final int MAX_KEYED_LENGTH = 1 << 16;

  static final PackedPostings EMPTY =
      new PackedPostings(new int[0], new int[] {0}, new int[0], new int[] {0}, new long[0]);

  private final int[] lengths;
  /** Per length g, its positions are {@code [lengthStarts[g], lengthStarts[g + 1])}. */
  private final int[] lengthStarts;
  private final int[] positions;
  /** Per position p, its postings are {@code [positionStarts[p], positionStarts[p + 1])}. */
  private final int[] positionStarts;
  private final long[] postings;

  private PackedPostings(int[] lengths, int[] lengthStarts, int[] positions, int[] positionStarts,
      long[] postings) {
    this.lengths = lengths;
    this.lengthStarts = lengthStarts;
    this.positions = positions;
    this.positionStarts = positionStarts;
    this.postings = postings;
  }

  int lengthCount() {
    return lengths.length;
  }

  int length(int g) {
    return lengths[g];
  }

  /** The first position index of length g; its last is {@code positionsEnd(g) - 1}. */
  int positionsStart(int g) {
    return lengthStarts[g];
  }

  int positionsEnd(int g) {
    return lengthStarts[g + 1];
  }

  int position(int p) {
    return positions[p];
  }

  /** The index of position index p's first posting; p may be one past the last. */
  int postingsStart(int p) {
    return positionStarts[p];
  }

  /** Posting i at {@code STRIDE * i}: ordinal, then its entry's signature words. Read only. */
  long[] postings() {
    return postings;
  }

  /** One posting as a sort key: length, then position, then ordinal; lengths below {@link #MAX_KEYED_LENGTH}. */
  static long key(int length, int position, int ordinal) {
    return ((long) length << 47) | ((long) position << 31) | ordinal;
  }

  /** The postings whose {@link #key keys} are given, sorted; entry o's signature is at {@code 2o}, {@code 2o + 1}. */
  static PackedPostings of(long[] sortedKeys, long[] entrySignatures) {
    Builder out = new Builder(sortedKeys.length, sortedKeys.length, sortedKeys.length);
    long previous = -1;
    for (long key : sortedKeys) {
      int length = (int) (key >>> 47);
      int position = (int) (key >>> 31) & 0xFFFF;
      int ordinal = (int) key & Integer.MAX_VALUE;
      if (previous < 0 || length != (int) (previous >>> 47)) {
        out.startLength(length);
        out.startPosition(position);
      } else if (position != ((int) (previous >>> 31) & 0xFFFF)) {
        out.startPosition(position);
      }
      out.append(ordinal, entrySignatures[2 * ordinal], entrySignatures[2 * ordinal + 1]);
      previous = key;
    }
    return out.build();
  }

  /** This token's postings with the newer ones in {@code tail} (all ordinals above this one's). */
  static PackedPostings merge(PackedPostings packed, RankedPostings tail) {
    int maxLengths = packed.lengths.length + tail.groups();
    int maxPositions = packed.positions.length;
    int tailPostings = 0;
    for (int g = 0; g < tail.groups(); g++) {
      RankedPostings.Lengths group = tail.group(g);
      maxPositions += group.count();
      for (int i = 0; i < group.count(); i++) {
        tailPostings += group.size(i);
      }
    }
    Builder out = new Builder(maxLengths, maxPositions, packed.postings.length / STRIDE + tailPostings);
    int a = 0;
    int b = 0;
    while (a < packed.lengths.length || b < tail.groups()) {
      int la = a < packed.lengths.length ? packed.lengths[a] : Integer.MAX_VALUE;
      int lb = b < tail.groups() ? tail.group(b).length() : Integer.MAX_VALUE;
      out.startLength(Math.min(la, lb));
      RankedPostings.Lengths group = lb <= la ? tail.group(b++) : null;
      int p = la <= lb ? packed.lengthStarts[a] : 0;
      int pEnd = la <= lb ? packed.lengthStarts[++a] : 0;
      int i = 0;
      int iEnd = group == null ? 0 : group.count();
      while (p < pEnd || i < iEnd) {
        int pa = p < pEnd ? packed.positions[p] : Integer.MAX_VALUE;
        int pb = i < iEnd ? group.position(i) : Integer.MAX_VALUE;
        out.startPosition(Math.min(pa, pb));
        if (pa <= pb) {
          out.append(packed.postings, packed.positionStarts[p], packed.positionStarts[++p]);
        }
        if (pb <= pa) {
          out.append(group.postings(i), 0, group.size(i));
          i++;
        }
      }
    }
    return out.build();
  }

  /** Fills the arrays in order; sized up front, trimmed at the end. */
  private static final class Builder {
    private final int[] lengths;
    private final int[] lengthStarts;
    private final int[] positions;
    private final int[] positionStarts;
    private final long[] postings;
    private int lengthCount;
    private int positionCount;
    private int ordinalCount;

    Builder(int maxLengths, int maxPositions, int ordinalTotal) {
      lengths = new int[maxLengths];
      lengthStarts = new int[maxLengths + 1];
      positions = new int[maxPositions];
      positionStarts = new int[maxPositions + 1];
      postings = new long[STRIDE * ordinalTotal];
    }

    void startLength(int length) {
      lengths[lengthCount++] = length;
      lengthStarts[lengthCount] = positionCount;
    }

    void startPosition(int position) {
      positions[positionCount++] = position;
      lengthStarts[lengthCount] = positionCount;
      positionStarts[positionCount] = ordinalCount;
    }

    void append(long[] from, int start, int end) {
      System.arraycopy(from, STRIDE * start, postings, STRIDE * ordinalCount, STRIDE * (end - start));
      ordinalCount += end - start;
      positionStarts[positionCount] = ordinalCount;
    }

    void append(int ordinal, long low, long high) {
      postings[STRIDE * ordinalCount] = ordinal;
      postings[STRIDE * ordinalCount + 1] = low;
      postings[STRIDE * ordinalCount + 2] = high;
      ordinalCount++;
      positionStarts[positionCount] = ordinalCount;
    }

    PackedPostings build() {
      return new PackedPostings(Arrays.copyOf(lengths, lengthCount), Arrays.copyOf(lengthStarts, lengthCount + 1),
          Arrays.copyOf(positions, positionCount), Arrays.copyOf(positionStarts, positionCount + 1), postings);
    }
  }
}
