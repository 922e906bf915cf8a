package io.instruct4j.filters.curate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.filters.dedup.DedupFields;
import io.instruct4j.filters.dedup.KeepRule;
import io.instruct4j.filters.dedup.MinHashConfig;
import io.instruct4j.filters.dedup.MinHashDedup;
import java.io.Serializable;

/**
 * The {@code curate.near_duplicate} section: MinHash/LSH near-duplicate dedup
 * ({@link MinHashDedup}). Missing keys take the {@link MinHashConfig#defaults()}; values are
 * checked on construction and errors name {@code curate.near_duplicate.<key>}.
 *
 * @param enabled default true
 * @param threshold Jaccard similarity of shingle sets, in (0, 1]; default 0.8
 * @param shingleSize tokens per shingle (words; characters for Chinese), in [1, 32]; default 3
 * @param numHashes MinHash signature length, in [8, 1024]; default 128
 * @param fields the fields compared; default {@code instruction_input_output}
 * @param keep {@code first} (default) or {@code longest_output}
 * @param bucketScanLimit per LSH band, the newest texts of a bucket compared with a new one, in
 *     [1, 1000000]; default 100
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = false)
public record NearDuplicateSettings(
    Boolean enabled,
    Double threshold,
    Integer shingleSize,
    Integer numHashes,
    DedupFields fields,
    KeepRule keep,
    Integer bucketScanLimit)
    implements Serializable {

  public NearDuplicateSettings {
    MinHashConfig d = MinHashConfig.defaults();
    enabled = enabled == null || enabled;
    threshold = threshold == null ? d.threshold() : threshold;
    shingleSize = shingleSize == null ? d.shingleSize() : shingleSize;
    numHashes = numHashes == null ? d.numHashes() : numHashes;
    fields = fields == null ? d.fields() : fields;
    keep = keep == null ? d.keep() : keep;
    bucketScanLimit = bucketScanLimit == null ? d.bucketScanLimit() : bucketScanLimit;
    // Checked now, so a bad value fails when the config is loaded, not after the input is read.
    new MinHashConfig(threshold, shingleSize, numHashes, fields, keep, bucketScanLimit);
  }

  public static NearDuplicateSettings defaults() {
    return new NearDuplicateSettings(null, null, null, null, null, null, null);
  }

  /** The MinHash settings. */
  public MinHashConfig minHashConfig() {
    return new MinHashConfig(threshold, shingleSize, numHashes, fields, keep, bucketScanLimit);
  }

  /** The deduplicator these settings describe. */
  public MinHashDedup dedup() {
    return new MinHashDedup(minHashConfig());
  }

  public NearDuplicateSettings withEnabled(boolean value) {
    return new NearDuplicateSettings(value, threshold, shingleSize, numHashes, fields, keep, bucketScanLimit);
  }

  public NearDuplicateSettings withThreshold(double value) {
    return new NearDuplicateSettings(enabled, value, shingleSize, numHashes, fields, keep, bucketScanLimit);
  }
}
