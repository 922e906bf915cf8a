package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;

/**
 * The decoder's forward pass, block by block, releasing each block's intermediates when it ends
 * (see {@link Temps}). Follows transformers' LlamaForCausalLM without a KV cache.
 */
final class Forward {

  private final LlamaConfig config;
  private final LlamaWeights weights;
  private final Rope rope;
  private final LoraAdapter lora;
  private final ForwardOptions options;

  Forward(LlamaConfig config, LlamaWeights weights, Rope rope, LoraAdapter lora, ForwardOptions options) {
    this.config = config;
    this.weights = weights;
    this.rope = rope;
    this.lora = lora;
    this.options = options;
  }

  NDArray logits(NDArray ids) {
    int batch = (int) ids.getShape().get(0);
    int length = (int) ids.getShape().get(1);
    NDManager m = ids.getManager();
    try (Temps t = new Temps()) {
      NDArray h = t.add(Embedding.embedding(ids, weights.get(ExpectedTensors.EMBED), SparseFormat.DENSE).singletonOrThrow());
      if (options.training() && options.neftuneAlpha() > 0) {
        // NEFTune (Jain et al. 2023), as in TRL: uniform noise scaled by alpha / sqrt(L * d)
        double scale = options.neftuneAlpha() / Math.sqrt((double) length * config.hiddenSize());
        h = t.add(h.add(t.add(t.add(m.randomUniform(-1f, 1f, h.getShape())).mul(scale))));
      }
      NDArray[] cosSin = rope.tables(m, length);
      t.add(cosSin[0]);
      t.add(cosSin[1]);
      NDArray mask = t.add(causalMask(m, length));
      for (int layer = 0; layer < config.numLayers(); layer++) {
        h = t.add(attentionBlock(h, layer, batch, length, cosSin, mask));
        h = t.add(mlpBlock(h, layer));
      }
      NDArray normed = t.add(rmsNorm(h, weights.get(ExpectedTensors.FINAL_NORM)));
      return linear(normed, weights.lmHead(), null);
    }
  }

  /** h + o_proj(attention(rmsNorm(h))). */
  private NDArray attentionBlock(NDArray h, int layer, int batch, int length, NDArray[] cosSin, NDArray mask) {
    int heads = config.numHeads();
    int d = config.headDim();
    try (Temps t = new Temps()) {
      NDArray x = t.add(rmsNorm(h, weights.get(ExpectedTensors.inputNorm(layer))));
      NDArray q = rope.apply(t.add(heads(t, project(LinearModule.Q_PROJ, layer, x), batch, length, heads)), cosSin[0], cosSin[1]);
      NDArray k = rope.apply(t.add(heads(t, project(LinearModule.K_PROJ, layer, x), batch, length, config.numKvHeads())), cosSin[0], cosSin[1]);
      NDArray v = heads(t, project(LinearModule.V_PROJ, layer, x), batch, length, config.numKvHeads());
      t.add(q);
      t.add(k);
      t.add(v);
      if (config.groupSize() > 1) {
        // numpy-style repeat: query head h reads kv head h / groupSize, as transformers' repeat_kv
        k = t.add(k.repeat(1, config.groupSize()));
        v = t.add(v.repeat(1, config.groupSize()));
      }
      NDArray scores = t.add(t.add(t.add(q.matMul(t.add(k.transpose(0, 1, 3, 2)))).mul(1.0 / Math.sqrt(d))).add(mask));
      NDArray context = t.add(t.add(t.add(t.add(scores.softmax(-1)).matMul(v)).transpose(0, 2, 1, 3))
          .reshape(batch, length, (long) heads * d));
      return h.add(t.add(project(LinearModule.O_PROJ, layer, context)));
    }
  }

  /** h + down_proj(silu(gate_proj(x)) * up_proj(x)) with x = rmsNorm(h). */
  private NDArray mlpBlock(NDArray h, int layer) {
    try (Temps t = new Temps()) {
      NDArray x = t.add(rmsNorm(h, weights.get(ExpectedTensors.postNorm(layer))));
      NDArray gate = t.add(project(LinearModule.GATE_PROJ, layer, x));
      NDArray up = t.add(project(LinearModule.UP_PROJ, layer, x));
      NDArray act = t.add(t.add(Activation.swish(gate, 1f)).mul(up));
      return h.add(t.add(project(LinearModule.DOWN_PROJ, layer, act)));
    }
  }

  /** [batch, length, heads * d] to [batch, heads, length, d]; the projection is released. */
  private NDArray heads(Temps t, NDArray projected, int batch, int length, int count) {
    return t.add(t.add(projected).reshape(batch, length, count, config.headDim())).transpose(0, 2, 1, 3);
  }

  /** The layer's base projection plus its LoRA branch, if it has one. */
  private NDArray project(LinearModule module, int layer, NDArray x) {
    NDArray base = linear(x, weights.linear(module, layer), weights.bias(module, layer).orElse(null));
    return lora.delta(module, layer, x, options.training()).map(delta -> {
      try (base; delta) {
        return base.add(delta);
      }
    }).orElse(base);
  }

  /** x·Wᵀ (+ b). */
  static NDArray linear(NDArray x, NDArray weight, NDArray bias) {
    return bias == null ? Linear.linear(x, weight).singletonOrThrow() : Linear.linear(x, weight, bias).singletonOrThrow();
  }

  private NDArray rmsNorm(NDArray x, NDArray weight) {
    try (Temps t = new Temps()) {
      NDArray rms = t.add(t.add(t.add(t.add(x.square()).mean(new int[] {-1}, true)).add(config.rmsNormEps())).sqrt());
      return t.add(x.div(rms)).mul(weight);
    }
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
}
