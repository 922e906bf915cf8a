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
 * <p>MinHashFilter runs with one hash function, {@code numHashes} buckets and one value per
 * bucket: each shingle is hashed once with 128-bit MurmurHash3 (seed 0, fixed, so signatures are
 * the same in every run), falls into the bucket given by the top 32 bits, and each bucket keeps
 * its minimum ("one permutation hashing"). Empty buckets then borrow the value of the next
 * non-empty bucket to the right, circularly: exactly MinHashFilter's {@code withRotation} rule,
 * but done here in O(buckets) from the emitted values (each value's bucket follows from its top
 * bits), because the filter's own rotation rescans to the right for every empty bucket, which
 * for short texts (few shingles, mostly empty buckets) was most of the analysis time. The
 * probability that a slot agrees between two texts is their Jaccard similarity, at the cost of
 * one hash per shingle instead of one per shingle and slot (MinHashFilter's {@code hashCount}
 * variants would rehash every shingle once per slot). For texts with fewer shingles than
 * buckets, neighbouring slots share values; {@link LshIndex} explains what that does to banding.
 */
final class ShingleSketcher {

  private final int numHashes;
  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final ShingleTap tap;
  private final TokenStream sink;
  private final CharTermAttribute term;
  private final long[] signature;
  private final boolean[] filled;
  private final long bucketWidth;
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
    sink = new MinHashFilter(tap, 1, numHashes, 1, false);
    term = sink.getAttribute(CharTermAttribute.class);
    signature = new long[numHashes];
    filled = new boolean[numHashes];
    // MinHashFilter's bucket width over the top 32 hash bits: ceil(2^32 / buckets).
    bucketWidth = ((1L << 32) + numHashes - 1) / numHashes;
  }

  /**
   * Analyzes {@code text}; afterwards {@link #shingles()} holds its distinct shingle hashes,
   * sorted, and {@link #signature()} its MinHash slots. Returns the number of distinct shingles,
   * 0 for a text without tokens (which then has no signature).
   */
  int sketch(String text) {
    String composed = TextNormalizer.isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    Arrays.fill(filled, false);
    int buckets = 0;
    try {
      tokenizer.setReader(new StringReader(composed));
      sink.reset();
      while (sink.incrementToken()) {
        collect(term.buffer());
        buckets++;
      }
      sink.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    } finally {
      closeQuietly();
    }
    shingleCount = distinctSorted(tap.hashes(), tap.count());
    if (buckets > 0) {
      densify();
    }
    return shingleCount;
  }

  /** Stores one emitted minimum in the slot of its bucket. */
  private void collect(char[] c) {
    long high = (long) c[0] << 48 | (long) c[1] << 32 | (long) c[2] << 16 | c[3];
    long low = (long) c[4] << 48 | (long) c[5] << 32 | (long) c[6] << 16 | c[7];
    int bucket = (int) ((high >>> 32) / bucketWidth);
    if (filled[bucket]) {
      throw new IllegalStateException("MinHashFilter emitted two values for bucket " + bucket);
    }
    filled[bucket] = true;
    signature[bucket] = high ^ ShingleTap.mix(low);
  }

  /** Fills each empty slot with the next filled slot to its right, wrapping around. */
  private void densify() {
    int last = numHashes - 1;
    while (!filled[last]) {
      last--;
    }
    long carry = signature[last];
    // Walk leftwards twice around from the last filled slot so the wrap-around is covered.
    for (int step = 1; step <= numHashes; step++) {
      int i = Math.floorMod(last - step, numHashes);
      if (filled[i]) {
        carry = signature[i];
      } else {
        signature[i] = carry;
      }
    }
  }

  long[] shingles() {
    return shingles;
  }

  long[] signature() {
    return signature;
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
