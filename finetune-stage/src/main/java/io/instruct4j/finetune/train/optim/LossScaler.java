package io.instruct4j.finetune.train.optim;

/**
 * Dynamic loss scaling for float16 training, as torch's {@code GradScaler}: the loss is multiplied
 * by the scale before backward so small gradients survive float16; an overflow (non-finite
 * gradients) skips the update and halves the scale; 2000 clean steps double it. In float32 the
 * scale stays 1 and a non-finite gradient is an error, not a skipped step.
 */
public final class LossScaler {

  private static final int GROWTH_INTERVAL = 2000;

  private final boolean dynamic;
  private double scale;
  private int cleanSteps;

  private LossScaler(boolean dynamic, double scale) {
    this.dynamic = dynamic;
    this.scale = scale;
  }

  /** Scale 1, never changes. */
  public static LossScaler fixed() {
    return new LossScaler(false, 1.0);
  }

  /** Starts at {@code initial} (torch uses 65536). */
  public static LossScaler dynamic(double initial) {
    return new LossScaler(true, initial);
  }

  public boolean isDynamic() {
    return dynamic;
  }

  public double scale() {
    return scale;
  }

  /**
   * Records whether this step's gradients were finite; returns whether to apply the update.
   *
   * @throws IllegalStateException on non-finite gradients without dynamic scaling
   */
  public boolean update(boolean finite, int step) {
    if (!finite && !dynamic) {
      throw new IllegalStateException("gradients became NaN or infinite at step " + step
          + "; the run diverged (lower learningRate or raise warmupSteps)");
    }
    if (!finite) {
      scale /= 2;
      cleanSteps = 0;
      return false;
    }
    if (dynamic && ++cleanSteps >= GROWTH_INTERVAL) {
      scale *= 2;
      cleanSteps = 0;
    }
    return true;
  }

  /** Restores a saved scale on resume. */
  public void restore(double saved) {
    if (dynamic) {
      scale = saved;
    }
  }
}
