package io.instruct4j.finetune.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AdamW (Loshchilov and Hutter) on NDArrays, step for step as {@code torch.optim.AdamW}:
 * decoupled weight decay {@code p -= lr*wd*p}, then {@code p -= lr/(1-b1^t) * m / (sqrt(v)/sqrt(1-b2^t) + eps)}.
 * Written here rather than using DJL's {@code Optimizer.adamW} because DJL keeps its moment
 * estimates private, and resuming from a checkpoint needs them saved and restored.
 */
public final class AdamW {

  /** Suffixes of the moment arrays in a saved state, after the parameter's name. */
  public static final String FIRST_MOMENT = ".exp_avg";
  public static final String SECOND_MOMENT = ".exp_avg_sq";

  private final Map<String, NDArray> params;
  private final Map<String, NDArray> moments = new LinkedHashMap<>();
  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double weightDecay;
  private int step;

  /** Zero moments for every parameter, created in {@code manager}. */
  public AdamW(Map<String, NDArray> params, NDManager manager, double beta1, double beta2, double eps, double weightDecay) {
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps > 0) || !(weightDecay >= 0)) {
      throw new IllegalArgumentException("need 0 <= betas < 1, eps > 0, weightDecay >= 0, got "
          + beta1 + ", " + beta2 + ", " + eps + ", " + weightDecay);
    }
    this.params = params;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.weightDecay = weightDecay;
    for (Map.Entry<String, NDArray> p : params.entrySet()) {
      moments.put(p.getKey() + FIRST_MOMENT, manager.zeros(p.getValue().getShape()));
      moments.put(p.getKey() + SECOND_MOMENT, manager.zeros(p.getValue().getShape()));
    }
  }

  /** Updates taken so far (t in the bias corrections). */
  public int stepCount() {
    return step;
  }

  /**
   * One update from the parameters' accumulated gradients, each multiplied by {@code gradScale}
   * first (gradient clipping and loss-scale removal). Runs outside any gradient collector, so
   * the in-place updates are not recorded.
   */
  public void step(double lr, double gradScale) {
    step++;
    double bias1 = 1 - Math.pow(beta1, step);
    double bias2Sqrt = Math.sqrt(1 - Math.pow(beta2, step));
    try (NDScope scope = new NDScope()) {
      for (Map.Entry<String, NDArray> p : params.entrySet()) {
        NDArray param = p.getValue();
        NDArray grad = param.getGradient().mul(gradScale);
        NDArray m = moments.get(p.getKey() + FIRST_MOMENT);
        NDArray v = moments.get(p.getKey() + SECOND_MOMENT);
        if (weightDecay > 0) {
          param.muli(1 - lr * weightDecay);
        }
        m.muli(beta1).addi(grad.mul(1 - beta1));
        v.muli(beta2).addi(grad.square().mul(1 - beta2));
        NDArray denom = v.sqrt().div(bias2Sqrt).add(eps);
        param.subi(m.div(denom).mul(lr / bias1));
      }
      scope.suppressNotUsedWarning();
    }
  }

  /** Moment arrays by {@code <param name><suffix>}, for checkpoints. */
  public Map<String, NDArray> state() {
    return Collections.unmodifiableMap(moments);
  }

  /** Restores moments (copied in) and the step count saved by an earlier run. */
  public void restore(Map<String, float[]> saved, int savedStep) {
    for (Map.Entry<String, NDArray> m : moments.entrySet()) {
      float[] values = saved.get(m.getKey());
      if (values == null || values.length != m.getValue().size()) {
        throw new IllegalArgumentException("optimizer state '" + m.getKey() + "' is missing or has "
            + (values == null ? 0 : values.length) + " values, expected " + m.getValue().size());
      }
      m.getValue().set(values);
    }
    this.step = savedStep;
  }
}
