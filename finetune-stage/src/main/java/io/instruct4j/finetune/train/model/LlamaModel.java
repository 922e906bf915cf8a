package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
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
  public static LlamaModel load(Path modelDir, NDManager parent, Precision precision) {
    LlamaConfig config = LlamaConfig.read(modelDir);
    NDManager manager = parent.newSubManager();
    try {
      return new LlamaModel(config, WeightLoader.load(modelDir, config, manager, precision.linearType()), manager);
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
    long[] shape = ids.getShape().getShape();
    int batch = (int) shape[0];
    int length = (int) shape[1];
    NDManager m = ids.getManager();
    NDArray h = Embedding.embedding(ids, weights.get(ExpectedTensors.EMBED), SparseFormat.DENSE).singletonOrThrow();
    if (options.training() && options.neftuneAlpha() > 0) {
      // NEFTune (Jain et al. 2023), as in TRL: uniform noise scaled by alpha / sqrt(L * d)
      double scale = options.neftuneAlpha() / Math.sqrt((double) length * config.hiddenSize());
      h = h.add(m.randomUniform(-1f, 1f, h.getShape()).mul(scale));
    }
    NDArray[] cosSin = rope.tables(m, length);
    NDArray mask = causalMask(m, length);
    for (int layer = 0; layer < config.numLayers(); layer++) {
      NDArray x = rmsNorm(h, weights.get(ExpectedTensors.inputNorm(layer)));
      h = h.add(attention(x, layer, batch, length, cosSin, mask, lora, options));
      x = rmsNorm(h, weights.get(ExpectedTensors.postNorm(layer)));
      NDArray gate = project(LinearModule.GATE_PROJ, layer, x, lora, options);
      NDArray up = project(LinearModule.UP_PROJ, layer, x, lora, options);
      h = h.add(project(LinearModule.DOWN_PROJ, layer, Activation.swish(gate, 1f).mul(up), lora, options));
    }
    h = rmsNorm(h, weights.get(ExpectedTensors.FINAL_NORM));
    return linear(h, weights.lmHead(), null);
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

  private NDArray attention(NDArray x, int layer, int batch, int length, NDArray[] cosSin,
      NDArray mask, LoraAdapter lora, ForwardOptions options) {
    int heads = config.numHeads();
    int kvHeads = config.numKvHeads();
    int d = config.headDim();
    NDArray q = project(LinearModule.Q_PROJ, layer, x, lora, options)
        .reshape(batch, length, heads, d).transpose(0, 2, 1, 3);
    NDArray k = project(LinearModule.K_PROJ, layer, x, lora, options)
        .reshape(batch, length, kvHeads, d).transpose(0, 2, 1, 3);
    NDArray v = project(LinearModule.V_PROJ, layer, x, lora, options)
        .reshape(batch, length, kvHeads, d).transpose(0, 2, 1, 3);
    q = rope.apply(q, cosSin[0], cosSin[1]);
    k = rope.apply(k, cosSin[0], cosSin[1]);
    if (config.groupSize() > 1) {
      // numpy-style repeat: query head h reads kv head h / groupSize, as transformers' repeat_kv
      k = k.repeat(1, config.groupSize());
      v = v.repeat(1, config.groupSize());
    }
    NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).mul(1.0 / Math.sqrt(d)).add(mask);
    NDArray context = scores.softmax(-1).matMul(v)
        .transpose(0, 2, 1, 3).reshape(batch, length, (long) heads * d);
    return project(LinearModule.O_PROJ, layer, context, lora, options);
  }

  private NDArray project(LinearModule module, int layer, NDArray x, LoraAdapter lora, ForwardOptions options) {
    NDArray base = linear(x, weights.linear(module, layer), weights.bias(module, layer).orElse(null));
    return lora.delta(module, layer, x, options.training()).map(base::add).orElse(base);
  }

  /** x·Wᵀ (+ b); casts x to the weight's type around the product for mixed precision. */
  static NDArray linear(NDArray x, NDArray weight, NDArray bias) {
    if (weight.getDataType() == x.getDataType()) {
      return bias == null ? Linear.linear(x, weight).singletonOrThrow() : Linear.linear(x, weight, bias).singletonOrThrow();
    }
    NDArray cast = x.toType(weight.getDataType(), false);
    NDArray y = bias == null ? Linear.linear(cast, weight).singletonOrThrow()
        : Linear.linear(cast, weight, bias.toType(weight.getDataType(), false)).singletonOrThrow();
    return y.toType(DataType.FLOAT32, false);
  }

  private NDArray rmsNorm(NDArray x, NDArray weight) {
    NDArray rms = x.square().mean(new int[] {-1}, true).add(config.rmsNormEps()).sqrt();
    return x.div(rms).mul(weight);
  }

  private static NDArray causalMask(NDManager m, int length) {
    float[] mask = new float[length * length];
    for (int i = 0; i < length; i++) {
      for (int j = i + 1; j < length; j++) {
        mask[i * length + j] = Float.NEGATIVE_INFINITY;
      }
    }
    return m.create(mask, new Shape(length, length));
  }

  @Override
  public void close() {
    weights.close();
    manager.close();
  }
}
