package io.instruct4j.finetune.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import java.util.Collection;

/** Global gradient norm and zeroing over a set of parameters. */
public final class Gradients {

  private Gradients() {}

  /** sqrt of the sum of squares of every gradient element, times {@code scale}. */
  public static double globalNorm(Collection<NDArray> params, double scale) {
    try (NDScope scope = new NDScope()) {
      double sumSquares = 0;
      for (NDArray p : params) {
        sumSquares += p.getGradient().square().sum().getFloat();
      }
      scope.suppressNotUsedWarning();
      return Math.sqrt(sumSquares) * scale;
    }
  }

  /**
   * The factor torch's {@code clip_grad_norm_} applies: {@code min(1, max / (norm + 1e-6))};
   * 1 when clipping is off ({@code maxNorm <= 0}).
   */
  public static double clipFactor(double norm, double maxNorm) {
    return maxNorm <= 0 ? 1.0 : Math.min(1.0, maxNorm / (norm + 1e-6));
  }

  /** Sets every gradient to zero (NaN and infinity included, unlike multiplying by 0). */
  public static void zero(Collection<NDArray> params) {
    try (NDScope scope = new NDScope()) {
      for (NDArray p : params) {
        p.getGradient().set(new NDIndex("..."), 0f);
      }
      scope.suppressNotUsedWarning();
    }
  }
}
