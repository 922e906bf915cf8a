package io.instruct4j.finetune.train;

import java.util.Locale;

/** Formats the one-line progress report: step, loss, learning rate, throughput and time left. */
final class ProgressLine {

  private ProgressLine() {}

  /**
   * e.g. {@code step 12/30 loss 3.4121 lr 1.85e-04 tok/s 5321 eta 00:01:07}.
   *
   * @param stepsPerSecondSoFar completed steps of this run over their wall time
   */
  static String format(int step, int total, double loss, double lr, double tokensPerSecond, double stepsPerSecondSoFar) {
    long eta = stepsPerSecondSoFar > 0 ? Math.round((total - step) / stepsPerSecondSoFar) : 0;
    return String.format(Locale.ROOT, "step %d/%d loss %.4f lr %.2e tok/s %.0f eta %02d:%02d:%02d",
        step, total, loss, lr, tokensPerSecond, eta / 3600, eta / 60 % 60, eta % 60);
  }
}
