package io.instruct4j.finetune.train.data;

import java.util.Arrays;
import java.util.List;

/**
 * Samples padded to the longest one, flattened row-major for NDArray creation.
 *
 * @param ids token ids [batch * length], padding after each sequence
 * @param labels next-token labels, {@link SftSample#IGNORE} on prompt and padding positions
 * @param tokens real (non-padding) tokens in the batch
 * @param targets positions that count in the loss
 */
public record MicroBatch(long[] ids, long[] labels, int batch, int length, long tokens, long targets) {

  /** Pads {@code samples} with {@code padId} (any id: padding sits after the sequence and is masked). */
  public static MicroBatch of(List<SftSample> samples, long padId) {
    int length = samples.stream().mapToInt(SftSample::length).max().orElseThrow();
    long[] ids = new long[samples.size() * length];
    long[] labels = new long[samples.size() * length];
    Arrays.fill(ids, padId);
    Arrays.fill(labels, SftSample.IGNORE);
    long tokens = 0;
    long targets = 0;
    for (int b = 0; b < samples.size(); b++) {
      SftSample s = samples.get(b);
      System.arraycopy(s.ids(), 0, ids, b * length, s.length());
      System.arraycopy(s.labels(), 0, labels, b * length, s.length());
      tokens += s.length();
      targets += s.targetCount();
    }
    return new MicroBatch(ids, labels, samples.size(), length, tokens, targets);
  }
}
