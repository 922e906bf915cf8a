package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frozen base weights of a Llama-family model, by their Hugging Face names. No array here
 * ever gets a gradient attached; LoRA trains separate arrays.
 */
public final class LlamaWeights {

  private final Map<String, NDArray> byName;

  LlamaWeights(Map<String, NDArray> byName) {
    this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
  }

  /** The weight with this Hugging Face name; fails naming it when absent. */
  public NDArray get(String name) {
    NDArray a = byName.get(name);
    if (a == null) {
      throw new IllegalArgumentException("no weight named '" + name + "'");
    }
    return a;
  }

  /** Every weight, in checkpoint order; the tied lm_head (if any) is not listed separately. */
  public Map<String, NDArray> all() {
    return byName;
  }

  /** The output projection: lm_head, or the embeddings when they are tied. */
  public NDArray lmHead() {
    NDArray head = byName.get(ExpectedTensors.LM_HEAD);
    return head != null ? head : get(ExpectedTensors.EMBED);
  }

  /** The weight of a linear layer. */
  public NDArray linear(LinearModule module, int layer) {
    return get(module.path(layer) + ".weight");
  }

  /** The bias of a linear layer, if the checkpoint has one. */
  public java.util.Optional<NDArray> bias(LinearModule module, int layer) {
    return java.util.Optional.ofNullable(byName.get(module.path(layer) + ".bias"));
  }

  /** Number of scalar parameters (tied weights counted once). */
  public long parameterCount() {
    return byName.values().stream().mapToLong(NDArray::size).sum();
  }

  void close() {
    byName.values().forEach(NDArray::close);
  }
}
