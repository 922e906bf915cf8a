package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.types.DataType;

/**
 * Numeric precision of the frozen base model. LoRA weights, optimizer state, norms, softmax and
 * the loss always run in float32.
 */
public enum Precision {
  /** Everything in float32: exact and the default, the only sensible choice on CPU. */
  FP32(DataType.FLOAT32),
  /**
   * Mixed precision for CUDA: frozen linear weights stored and multiplied in float16 (half the
   * memory, tensor-core matmuls), activations cast to float16 only around those matmuls. Float16
   * rather than bfloat16 because DJL 0.36's PyTorch engine cannot create bfloat16 arrays.
   */
  MIXED_FP16(DataType.FLOAT16);

  private final DataType linearType;

  Precision(DataType linearType) {
    this.linearType = linearType;
  }

  /** The type the frozen linear weights are kept in. */
  public DataType linearType() {
    return linearType;
  }
}
