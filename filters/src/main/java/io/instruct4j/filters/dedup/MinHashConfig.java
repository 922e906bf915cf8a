package io.instruct4j.filters.dedup;

import java.io.Serializable;

/**
 * Settings of {@link MinHashDedup}, checked on construction; messages name the
 * {@code curate.near_duplicate.*} setting to fix.
 *
 * @param threshold the Jaccard similarity of shingle sets at or above which two texts are near
 *     duplicates, in (0, 1]; default 0.8
 * @param shingleSize tokens per shingle: words for Latin script, characters for Chinese; default 3,
 *     at which one word changed in the middle of a 30-word text leaves Jaccard 25/31 = 0.806
 * @param numHashes MinHash signature length (LSH buckets), in [8, 1024]; default 128
 * @param fields the example fields compared; default instruction, input and output
 * @param keep which member of a cluster is kept; default the first in input order
 * @param bucketScanLimit per LSH band, how many of the newest texts in a bucket a new text is
 *     compared with, in [1, 1000000]; default 100. Bounds the cost on templated data, where
 *     thousands of similar but distinct texts share buckets (see {@link MinHashDedup})
 */
public record MinHashConfig(
    double threshold, int shingleSize, int numHashes, DedupFields fields, KeepRule keep,
    int bucketScanLimit)
    implements Serializable {

  public MinHashConfig {
    String filter = MinHashDedup.NAME;
    DedupSettings.threshold(DedupSettings.key(filter, "threshold"), threshold);
    DedupSettings.between(DedupSettings.key(filter, "shingle_size"), shingleSize, 1, 32);
    DedupSettings.between(DedupSettings.key(filter, "num_hashes"), numHashes, 8, 1024);
    DedupSettings.required(DedupSettings.key(filter, "fields"), fields);
    DedupSettings.required(DedupSettings.key(filter, "keep"), keep);
    DedupSettings.between(DedupSettings.key(filter, "bucket_scan_limit"), bucketScanLimit, 1, 1_000_000);
  }

  public static MinHashConfig defaults() {
    return new MinHashConfig(0.8, 3, 128, DedupFields.INSTRUCTION_INPUT_OUTPUT, KeepRule.FIRST, 100);
  }

  public MinHashConfig withThreshold(double value) {
    return new MinHashConfig(value, shingleSize, numHashes, fields, keep, bucketScanLimit);
  }

  public MinHashConfig withShingleSize(int value) {
    return new MinHashConfig(threshold, value, numHashes, fields, keep, bucketScanLimit);
  }

  public MinHashConfig withNumHashes(int value) {
    return new MinHashConfig(threshold, shingleSize, value, fields, keep, bucketScanLimit);
  }

  public MinHashConfig withFields(DedupFields value) {
    return new MinHashConfig(threshold, shingleSize, numHashes, value, keep, bucketScanLimit);
  }

  public MinHashConfig withKeep(KeepRule value) {
    return new MinHashConfig(threshold, shingleSize, numHashes, fields, value, bucketScanLimit);
  }

  public MinHashConfig withBucketScanLimit(int value) {
    return new MinHashConfig(threshold, shingleSize, numHashes, fields, keep, value);
  }
}
