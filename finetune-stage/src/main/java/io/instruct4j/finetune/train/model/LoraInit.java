package io.instruct4j.finetune.train.model;

/** How LoRA's A matrices start; B always starts at zero, so the adapter starts as a no-op. */
public enum LoraInit {
  /**
   * PEFT's default ({@code init_lora_weights=True}): {@code kaiming_uniform_(a=sqrt(5))}, which
   * is uniform in [-1/sqrt(in), 1/sqrt(in)].
   */
  KAIMING_UNIFORM,
  /** PEFT's {@code init_lora_weights="gaussian"}: normal with standard deviation 1/r. */
  GAUSSIAN
}
