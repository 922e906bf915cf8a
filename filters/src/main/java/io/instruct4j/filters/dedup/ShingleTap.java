package io.instruct4j.filters.dedup;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Passes shingles through unchanged while recording a 64-bit hash of each into a reusable
 * buffer, so one analysis pass yields both the MinHash signature and the exact shingle set.
 */
final class ShingleTap extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private long[] hashes = new long[64];
  private int count;

  ShingleTap(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (count == hashes.length) {
      hashes = Arrays.copyOf(hashes, count * 2);
    }
    hashes[count++] = hash(term.buffer(), term.length());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    count = 0;
  }

  /** The hashes recorded since the last reset, in token order, duplicates included. */
  long[] hashes() {
    return hashes;
  }

  int count() {
    return count;
  }

  /** FNV-1a over UTF-16 units, then the MurmurHash3 finalizer so every output bit depends on every input bit. */
  static long hash(char[] chars, int length) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < length; i++) {
      h = (h ^ chars[i]) * 0x100000001b3L;
    }
    return mix(h ^ length);
  }

  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
