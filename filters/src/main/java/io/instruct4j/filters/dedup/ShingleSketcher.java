package io.instruct4j.filters.dedup;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a text into its set of n-token shingles and their MinHash signature with one Lucene
 * analysis chain, built once and reused for every text (Lucene filters allocate per chain, not
 * per document). Not thread-safe: one per run.
 *
 * <p>The chain: NFKC (JDK, skipped for ASCII) → {@link StandardTokenizer} (Unicode word breaks;
 * every Han ideograph and Hiragana character is a token of its own, so Chinese is shingled by
 * characters and English by words; punctuation is dropped) → {@link LowerCaseFilter} →
 * {@link ShingleFilter} with min = max = n (texts shorter than n tokens give their single
 * tokens instead of nothing) → {@link ShingleTap} → {@link MinHashFilter}.
 *
 * <p>MinHashFilter runs with one hash function, {@code numHashes} buckets, one value per bucket
 * and rotation: each shingle is hashed once with 128-bit MurmurHash3 (seed 0, fixed, so
 * signatures are the same in every run), falls into the bucket given by its top bits, and each
 * bucket keeps its minimum; empty buckets borrow the next non-empty bucket's value
 * ("one permutation hashing" with densification). The probability that a slot agrees between
 * two texts is their Jaccard similarity, at the cost of one hash per shingle instead of one per
 * shingle and slot. For texts with fewer shingles than buckets, neighbouring slots share values,
 * which is why {@link LshIndex} bands interleaved rather than adjacent slots.
 */
final class ShingleSketcher {

  private final int numHashes;
  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final ShingleTap tap;
  private final TokenStream sink;
  private final CharTermAttribute term;
  private final long[] signature;
  private long[] shingles = new long[64];
  private int shingleCount;

  ShingleSketcher(int shingleSize, int numHashes) {
    this.numHashes = numHashes;
    TokenStream tokens = new LowerCaseFilter(tokenizer);
    if (shingleSize > 1) {
      ShingleFilter shingler = new ShingleFilter(tokens, shingleSize, shingleSize);
      shingler.setOutputUnigrams(false);
      shingler.setOutputUnigramsIfNoShingles(true);
      tokens = shingler;
    }
    tap = new ShingleTap(tokens);
    sink = new MinHashFilter(tap, 1, numHashes, 1, true);
    term = sink.getAttribute(CharTermAttribute.class);
    signature = new long[numHashes];
  }

  /**
   * Analyzes {@code text}; afterwards {@link #shingles()} holds its distinct shingle hashes,
   * sorted, and {@link #signature()} its MinHash slots. Returns the number of distinct shingles,
   * 0 for a text without tokens (which then has no signature).
   */
  int sketch(String text) {
    String composed = TextNormalizer.isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    int slots = 0;
    try {
      tokenizer.setReader(new StringReader(composed));
      sink.reset();
      while (sink.incrementToken()) {
        if (slots == numHashes) {
          throw new IllegalStateException("MinHashFilter gave more than " + numHashes + " slots");
        }
        signature[slots++] = slot(term.buffer());
      }
      sink.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    } finally {
      closeQuietly();
    }
    shingleCount = distinctSorted(tap.hashes(), tap.count());
    if (shingleCount > 0 && slots != numHashes) {
      // With rotation every bucket is filled as soon as there is one token.
      throw new IllegalStateException(
          "MinHashFilter gave " + slots + " slots, expected " + numHashes);
    }
    return shingleCount;
  }

  long[] shingles() {
    return shingles;
  }

  long[] signature() {
    return signature;
  }

  /** A slot value from the filter's token: 8 chars holding the 128-bit hash, high half first. */
  private static long slot(char[] c) {
    long high = (long) c[0] << 48 | (long) c[1] << 32 | (long) c[2] << 16 | c[3];
    long low = (long) c[4] << 48 | (long) c[5] << 32 | (long) c[6] << 16 | c[7];
    return high ^ ShingleTap.mix(low);
  }

  private int distinctSorted(long[] hashes, int count) {
    if (shingles.length < count) {
      shingles = new long[Math.max(count, shingles.length * 2)];
    }
    System.arraycopy(hashes, 0, shingles, 0, count);
    Arrays.sort(shingles, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || shingles[distinct - 1] != shingles[i]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return distinct;
  }

  private void closeQuietly() {
    try {
      sink.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing an in-memory token stream failed", e);
    }
  }
}
