package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * Summed next-token cross-entropy over the positions whose label is not -100 (PyTorch's
 * ignore_index): prompt and padding positions carry -100, so only response tokens count.
 * Summed rather than averaged so gradient accumulation can divide by the step's total target
 * count, which weights every response token equally however the micro-batches split.
 */
public final class SftLoss {

  private SftLoss() {}

  /**
   * @param logits [batch, length, vocab] float32
   * @param labels [batch, length] int64, the token each position should predict, or -100
   * @return a scalar: the sum of -log p(label) over counted positions
   */
  public static NDArray nllSum(NDArray logits, NDArray labels) {
    NDArray counted = labels.gte(0);
    NDArray safeLabels = labels.maximum(0L).expandDims(-1);
    NDArray logProbs = logits.logSoftmax(-1).gather(safeLabels, -1).squeeze(-1);
    return logProbs.mul(counted.toType(DataType.FLOAT32, false)).sum().neg();
  }
}
