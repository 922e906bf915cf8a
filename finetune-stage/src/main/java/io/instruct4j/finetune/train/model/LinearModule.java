package io.instruct4j.finetune.train.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven linear layers of a Llama decoder layer, by the module names Hugging Face and PEFT use
 * ({@code q_proj}, ..., {@code down_proj}); these are the possible LoRA target modules.
 */
public enum LinearModule {
  Q_PROJ("self_attn"),
  K_PROJ("self_attn"),
  V_PROJ("self_attn"),
  O_PROJ("self_attn"),
  GATE_PROJ("mlp"),
  UP_PROJ("mlp"),
  DOWN_PROJ("mlp");

  /** PEFT's default LoRA targets for Llama: q_proj and v_proj. */
  public static final List<LinearModule> DEFAULT_TARGETS = List.of(Q_PROJ, V_PROJ);
  /** Every linear layer (QLoRA-style "all-linear", lm_head excluded as in PEFT). */
  public static final List<LinearModule> ALL = List.of(values());

  private final String block;

  LinearModule(String block) {
    this.block = block;
  }

  /** The module name, e.g. {@code q_proj}. */
  public String moduleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The module path inside the model, e.g. {@code model.layers.3.self_attn.q_proj}. */
  public String path(int layer) {
    return "model.layers." + layer + "." + block + "." + moduleName();
  }

  /** The module with this name ({@code q_proj}, ...), if any. */
  public static Optional<LinearModule> byName(String name) {
    return Arrays.stream(values()).filter(m -> m.moduleName().equals(name)).findFirst();
  }

  /** Input features of this layer. */
  public int inFeatures(LlamaConfig c) {
    return switch (this) {
      case Q_PROJ, K_PROJ, V_PROJ, GATE_PROJ, UP_PROJ -> c.hiddenSize();
      case O_PROJ -> c.numHeads() * c.headDim();
      case DOWN_PROJ -> c.intermediateSize();
    };
  }

  /** Output features of this layer. */
  public int outFeatures(LlamaConfig c) {
    return switch (this) {
      case Q_PROJ -> c.numHeads() * c.headDim();
      case K_PROJ, V_PROJ -> c.numKvHeads() * c.headDim();
      case O_PROJ, DOWN_PROJ -> c.hiddenSize();
      case GATE_PROJ, UP_PROJ -> c.intermediateSize();
    };
  }

  /** Whether the checkpoint carries a bias for this layer (Qwen2's q/k/v). */
  public boolean hasBias(LlamaConfig c) {
    return c.attentionBias() && (this == Q_PROJ || this == K_PROJ || this == V_PROJ);
  }
}
