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

  static final PackedPostings EMPTY = new PackedPostings(new int[] {0, 0, 0}, new int[] {0, 0, 0}, new long[0]);

  /**
   * Per length g, at {@code 3g}: the length, the index of its first position and that position
   * (the least, so a search that needs earlier ones skips the length from here); a last triple
   * holds the position count, so length g's positions end where length g + 1's start.
   */
  private final int[] lengthDirectory;
  /**
   * Per position index p, at {@code 3p}: the position, the index of its first posting and that
   * posting's ordinal (the least, so a search past it skips the run without reading it); a last
   * triple holds the posting count.
   */
  private final int[] positionDirectory;
  private final long[] postings;

  private PackedPostings(int[] lengthDirectory, int[] positionDirectory, long[] postings) {
    this.lengthDirectory = lengthDirectory;
    this.positionDirectory = positionDirectory;
    this.postings = postings;
  }

  int lengthCount() {
    return lengthDirectory.length / 3 - 1;
  }

  int length(int g) {
    return lengthDirectory[3 * g];
  }

  /** The first position index of length g; its last is {@code positionsEnd(g) - 1}. */
  int positionsStart(int g) {
    return lengthDirectory[3 * g + 1];
  }

  int positionsEnd(int g) {
    return lengthDirectory[3 * g + 4];
  }

  /** The least position of length g: {@code position(positionsStart(g))}. */
  int firstPosition(int g) {
    return lengthDirectory[3 * g + 2];
  }

  int position(int p) {
    return positionDirectory[3 * p];
  }

  /** How many (length, position) runs there are. */
  int positionCount() {
    return lengthDirectory[lengthDirectory.length - 2];
  }

  /** The least ordinal at position index p. */
  int firstOrdinal(int p) {
    return positionDirectory[3 * p + 2];
  }

  /** The index of position index p's first posting; p may be one past the last. */
  int postingsStart(int p) {
    return positionDirectory[3 * p + 1];
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
    int maxLengths = packed.lengthCount() + tail.groups();
    int maxPositions = packed.positionCount();
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
    while (a < packed.lengthCount() || b < tail.groups()) {
      int la = a < packed.lengthCount() ? packed.length(a) : Integer.MAX_VALUE;
      int lb = b < tail.groups() ? tail.group(b).length() : Integer.MAX_VALUE;
      out.startLength(Math.min(la, lb));
      RankedPostings.Lengths group = lb <= la ? tail.group(b++) : null;
      int p = la <= lb ? packed.positionsStart(a) : 0;
      int pEnd = la <= lb ? packed.positionsEnd(a++) : 0;
      int i = 0;
      int iEnd = group == null ? 0 : group.count();
      while (p < pEnd || i < iEnd) {
        int pa = p < pEnd ? packed.position(p) : Integer.MAX_VALUE;
        int pb = i < iEnd ? group.position(i) : Integer.MAX_VALUE;
        out.startPosition(Math.min(pa, pb));
        if (pa <= pb) {
          out.append(packed.postings, packed.postingsStart(p), packed.postingsStart(++p));
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
    private final int[] lengthDirectory;
    private final int[] positionDirectory;
    private final long[] postings;
    private int lengthCount;
    private int positionCount;
    private int postingCount;

    Builder(int maxLengths, int maxPositions, int postingTotal) {
      lengthDirectory = new int[3 * maxLengths + 3];
      positionDirectory = new int[3 * maxPositions + 3];
      postings = new long[STRIDE * postingTotal];
    }

    void startLength(int length) {
      lengthDirectory[3 * lengthCount] = length;
      lengthDirectory[3 * lengthCount + 1] = positionCount;
      lengthCount++;
    }

    /** Starts the next position of the current length; positions must ascend. */
    void startPosition(int position) {
      if (lengthDirectory[3 * lengthCount - 2] == positionCount) {
        lengthDirectory[3 * lengthCount - 1] = position;
      }
      positionDirectory[3 * positionCount] = position;
      positionDirectory[3 * positionCount + 1] = postingCount;
      positionCount++;
    }

    void append(long[] from, int start, int end) {
      if (end > start) {
        firstOf(from, start);
        System.arraycopy(from, STRIDE * start, postings, STRIDE * postingCount, STRIDE * (end - start));
        postingCount += end - start;
      }
    }

    void append(int ordinal, long low, long high) {
      postings[STRIDE * postingCount] = ordinal;
      postings[STRIDE * postingCount + 1] = low;
      postings[STRIDE * postingCount + 2] = high;
      firstOf(postings, postingCount);
      postingCount++;
    }

    /** Records the current position's least ordinal when its first posting comes. */
    private void firstOf(long[] from, int index) {
      int current = positionCount - 1;
      if (positionDirectory[3 * current + 1] == postingCount) {
        positionDirectory[3 * current + 2] = (int) from[STRIDE * index];
      }
    }

    PackedPostings build() {
      lengthDirectory[3 * lengthCount + 1] = positionCount;
      positionDirectory[3 * positionCount + 1] = postingCount;
      return new PackedPostings(Arrays.copyOf(lengthDirectory, 3 * lengthCount + 3),
          Arrays.copyOf(positionDirectory, 3 * positionCount + 3), postings);
    }
  }
}
