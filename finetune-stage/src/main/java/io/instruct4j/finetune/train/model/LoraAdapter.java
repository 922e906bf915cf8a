package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * LoRA weights for some linear layers: for a layer y = x·Wᵀ the adapter adds
 * {@code dropout(x)·Aᵀ·Bᵀ·(alpha/r)} with A [r, in] and B [out, r], as PEFT's {@code lora.Linear}.
 * Arrays are keyed by PEFT's saved tensor names.
 */
public final class LoraAdapter {

  private static final LoraAdapter NONE = new LoraAdapter(null, Map.of());

  private final LoraSpec spec;
  private final Map<String, NDArray> params;

  LoraAdapter(LoraSpec spec, Map<String, NDArray> params) {
    this.spec = spec;
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** No adapter: the base model alone. */
  public static LoraAdapter none() {
    return NONE;
  }

  /**
   * A fresh adapter: A drawn from {@code spec.init()} with a generator seeded by {@code seed}
   * (so the start does not depend on the engine), B zero. Both get gradients attached.
   */
  public static LoraAdapter init(NDManager manager, LlamaConfig config, LoraSpec spec, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, NDArray> params = new LinkedHashMap<>();
    for (int layer = 0; layer < config.numLayers(); layer++) {
      for (LinearModule m : spec.targets()) {
        int in = m.inFeatures(config);
        int out = m.outFeatures(config);
        float[] a = new float[spec.rank() * in];
        double bound = 1.0 / Math.sqrt(in);
        for (int i = 0; i < a.length; i++) {
          a[i] = spec.init() == LoraInit.KAIMING_UNIFORM
              ? (float) ((random.nextDouble() * 2 - 1) * bound)
              : (float) (gaussian(random) / spec.rank());
        }
        params.put(nameA(m, layer), manager.create(a, new Shape(spec.rank(), in)));
        params.put(nameB(m, layer), manager.zeros(new Shape(out, spec.rank())));
      }
    }
    params.values().forEach(p -> p.setRequiresGradient(true));
    return new LoraAdapter(spec, params);
  }

  /** An adapter over existing arrays (keyed by PEFT names), e.g. read back from disk. */
  public static LoraAdapter of(LoraSpec spec, Map<String, NDArray> params) {
    return new LoraAdapter(spec, params);
  }

  /** PEFT's saved name of layer's A, e.g. {@code base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight}. */
  public static String nameA(LinearModule module, int layer) {
    return "base_model.model." + module.path(layer) + ".lora_A.weight";
  }

  /** PEFT's saved name of layer's B. */
  public static String nameB(LinearModule module, int layer) {
    return "base_model.model." + module.path(layer) + ".lora_B.weight";
  }

  /** The adapter's shape; empty for {@link #none()}. */
  public Optional<LoraSpec> spec() {
    return Optional.ofNullable(spec);
  }

  /** Trainable arrays by PEFT name, A before B, layer by layer. */
  public Map<String, NDArray> parameters() {
    return params;
  }

  /** Number of trainable scalars. */
  public long parameterCount() {
    return params.values().stream().mapToLong(NDArray::size).sum();
  }

  /** The LoRA branch's output for this layer, or empty when the layer has no adapter. */
  Optional<NDArray> delta(LinearModule module, int layer, NDArray x, boolean training) {
    NDArray a = params.get(nameA(module, layer));
    if (a == null) {
      return Optional.empty();
    }
    try (Temps t = new Temps()) {
      NDArray in = training && spec.dropout() > 0
          ? t.add(Dropout.dropout(x, (float) spec.dropout(), true).singletonOrThrow()) : x;
      NDArray hidden = t.add(Linear.linear(in, a).singletonOrThrow());
      return Optional.of(t.add(Linear.linear(hidden, params.get(nameB(module, layer))).singletonOrThrow())
          .mul(spec.scaling()));
    }
  }

  /** B·A·(alpha/r) for one layer, shape [out, in]: what merging adds to W. */
  public Optional<NDArray> mergedDelta(LinearModule module, int layer) {
    NDArray a = params.get(nameA(module, layer));
    if (a == null) {
      return Optional.empty();
    }
    try (NDArray product = params.get(nameB(module, layer)).matMul(a)) {
      return Optional.of(product.mul(spec.scaling()));
    }
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; SplittableRandom has no nextGaussian in Java 17
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
