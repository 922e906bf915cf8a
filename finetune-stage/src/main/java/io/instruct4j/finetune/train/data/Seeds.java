package io.instruct4j.finetune.train.data;

/**
 * Derives independent seeds from the run's seed and a position (epoch, step, micro-batch) with
 * SplitMix64's finalizer, so no random generator state has to be saved to resume exactly.
 */
public final class Seeds {

  private Seeds() {}

  /** A well-mixed 64-bit value of (seed, salt). */
  public static long mix(long seed, long salt) {
    long z = seed + 0x9E3779B97F4A7C15L * (salt + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The engine seed for one micro-batch: drives LoRA dropout masks and NEFTune noise. */
  public static int forMicroBatch(long seed, int step, int microBatch) {
    return (int) mix(mix(seed, step), microBatch);
  }
}
