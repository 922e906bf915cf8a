package io.instruct4j.finetune.train.model;

import java.util.List;
import java.util.Objects;

/**
 * The shape of a LoRA adapter.
 *
 * @param rank r, the inner dimension of B·A
 * @param alpha lora_alpha; the update is scaled by alpha / r
 * @param dropout dropout on the LoRA branch's input while training, in [0, 1)
 * @param targets the linear modules that get an adapter, in a stable order
 * @param init how A starts
 */
public record LoraSpec(int rank, double alpha, double dropout, List<LinearModule> targets, LoraInit init) {

  public LoraSpec {
    if (rank <= 0) {
      throw new IllegalArgumentException("rank must be > 0, got " + rank);
    }
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be > 0, got " + alpha);
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }
    Objects.requireNonNull(init, "init");
    if (targets == null || targets.isEmpty()) {
      throw new IllegalArgumentException("targets must name at least one module, got " + targets);
    }
    // module order, not the caller's, so names and init draws do not depend on how they were listed
    targets = targets.stream().distinct().sorted().toList();
  }

  /** alpha / r, as PEFT without rsLoRA. */
  public double scaling() {
    return alpha / rank;
  }
}
