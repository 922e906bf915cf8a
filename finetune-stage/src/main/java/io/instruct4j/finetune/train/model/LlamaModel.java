package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A Llama-family decoder (RMSNorm, rotary embeddings, SwiGLU MLP, causal grouped-query
 * attention) written as plain functions over NDArrays, with its frozen Hugging Face weights.
 * Matches transformers' {@code LlamaForCausalLM} forward pass without a KV cache.
 */
public final class LlamaModel implements AutoCloseable {

  private final LlamaConfig config;
  private final LlamaWeights weights;
  private final NDManager manager;
  private final Rope rope;

  private LlamaModel(LlamaConfig config, LlamaWeights weights, NDManager manager) {
    this.config = config;
    this.weights = weights;
    this.manager = manager;
    this.rope = new Rope(config);
  }

  /**
   * Reads config.json, validates every safetensors shard against it, then loads the weights
   * into a sub-manager of {@code parent}.
   */
  public static LlamaModel load(Path modelDir, NDManager parent) {
    LlamaConfig config = LlamaConfig.read(modelDir);
    NDManager manager = parent.newSubManager();
    try {
      return new LlamaModel(config, WeightLoader.load(modelDir, config, manager), manager);
    } catch (RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  public LlamaConfig config() {
    return config;
  }

  public LlamaWeights weights() {
    return weights;
  }

  /** The manager owning the weights; LoRA and optimizer arrays live beside them. */
  public NDManager manager() {
    return manager;
  }

  /**
   * Logits [batch, length, vocab] in float32 for token ids [batch, length] (int64). Sequences are
   * right-padded: causal masking keeps padding from affecting earlier positions.
   */
  public NDArray logits(NDArray ids, LoraAdapter lora, ForwardOptions options) {
    return new Forward(config, weights, rope, lora, options).logits(ids);
  }

  /** Evaluation logits for one batch of equal-length sequences, as Java floats [b][t][v]. */
  public float[][][] logits(long[][] ids, LoraAdapter lora) {
    try (NDScope scope = new NDScope()) {
      int b = ids.length;
      int t = ids[0].length;
      long[] flat = Arrays.stream(ids).flatMapToLong(Arrays::stream).toArray();
      NDArray input = manager.create(flat, new Shape(b, t));
      float[] values = logits(input, lora, ForwardOptions.EVAL).toFloatArray();
      int v = config.vocabSize();
      float[][][] out = new float[b][t][v];
      for (int i = 0; i < b; i++) {
        for (int j = 0; j < t; j++) {
          System.arraycopy(values, (i * t + j) * v, out[i][j], 0, v);
        }
      }
      scope.suppressNotUsedWarning();
      return out;
    }
  }

  @Override
  public void close() {
    weights.close();
    manager.close();
  }
}
