package io.instruct4j.finetune.train.optim;

/**
 * Linear warm-up then cosine decay to zero, as transformers' {@code
 * get_cosine_schedule_with_warmup}: the update at 0-based step k uses {@code lr * factor(k)}, so
 * with warm-up the first update has learning rate 0, exactly as a Hugging Face Trainer run.
 */
public record LrSchedule(double peak, int warmupSteps, int totalSteps) {

  public LrSchedule {
    if (!(peak > 0) || Double.isInfinite(peak)) {
      throw new IllegalArgumentException("peak learning rate must be > 0, got " + peak);
    }
    if (warmupSteps < 0 || totalSteps <= 0) {
      throw new IllegalArgumentException("warmupSteps must be >= 0 and totalSteps > 0, got "
          + warmupSteps + ", " + totalSteps);
    }
  }

  /** The learning rate of the update at 0-based step {@code step}. */
  public double at(int step) {
    if (step < warmupSteps) {
      return peak * step / Math.max(1, warmupSteps);
    }
    double progress = (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
    return peak * Math.max(0.0, 0.5 * (1.0 + Math.cos(Math.PI * progress)));
  }
}
