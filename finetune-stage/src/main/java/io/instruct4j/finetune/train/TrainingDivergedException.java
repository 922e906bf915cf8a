package io.instruct4j.finetune.train;

/**
 * The gradients became NaN or infinite: the run cannot continue. Usually the learning rate is too
 * high; resume from the last checkpoint with a lower one, or start over.
 */
public class TrainingDivergedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int step;

  public TrainingDivergedException(int step, double gradientNorm) {
    super("training diverged at step " + step + ": the gradient norm is " + gradientNorm
        + " (lower learningRate, raise warmupSteps or keep maxGradNorm on)");
    this.step = step;
  }

  /** The 1-based step whose gradients were not finite. */
  public int step() {
    return step;
  }
}
