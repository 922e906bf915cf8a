package io.instruct4j.finetune.train.model;

/**
 * How a forward pass runs.
 *
 * @param training whether LoRA dropout and NEFTune noise apply
 * @param neftuneAlpha NEFTune noise scale; 0 disables; used only when training
 */
public record ForwardOptions(boolean training, double neftuneAlpha) {

  /** Deterministic evaluation: no dropout, no noise. */
  public static final ForwardOptions EVAL = new ForwardOptions(false, 0);

  public ForwardOptions {
    if (!(neftuneAlpha >= 0) || Double.isInfinite(neftuneAlpha)) {
      throw new IllegalArgumentException("neftuneAlpha must be >= 0, got " + neftuneAlpha);
    }
  }

  /** Training with optional NEFTune noise. */
  public static ForwardOptions training(double neftuneAlpha) {
    return new ForwardOptions(true, neftuneAlpha);
  }
}
