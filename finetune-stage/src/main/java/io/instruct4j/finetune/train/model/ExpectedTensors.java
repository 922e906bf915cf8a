package io.instruct4j.finetune.train.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** The tensor names and shapes a Hugging Face Llama-family checkpoint must hold for a config. */
public final class ExpectedTensors {

  public static final String EMBED = "model.embed_tokens.weight";
  public static final String FINAL_NORM = "model.norm.weight";
  public static final String LM_HEAD = "lm_head.weight";

  private ExpectedTensors() {}

  /** Name to shape, in the order transformers lists parameters. */
  public static Map<String, long[]> of(LlamaConfig c) {
    Map<String, long[]> out = new LinkedHashMap<>();
    out.put(EMBED, new long[] {c.vocabSize(), c.hiddenSize()});
    for (int i = 0; i < c.numLayers(); i++) {
      out.put(inputNorm(i), new long[] {c.hiddenSize()});
      for (LinearModule m : LinearModule.values()) {
        if (m == LinearModule.GATE_PROJ) {
          out.put(postNorm(i), new long[] {c.hiddenSize()});
        }
        out.put(m.path(i) + ".weight", new long[] {m.outFeatures(c), m.inFeatures(c)});
        if (m.hasBias(c)) {
          out.put(m.path(i) + ".bias", new long[] {m.outFeatures(c)});
        }
      }
    }
    out.put(FINAL_NORM, new long[] {c.hiddenSize()});
    if (!c.tieWordEmbeddings()) {
      out.put(LM_HEAD, new long[] {c.vocabSize(), c.hiddenSize()});
    }
    return out;
  }

  public static String inputNorm(int layer) {
    return "model.layers." + layer + ".input_layernorm.weight";
  }

  public static String postNorm(int layer) {
    return "model.layers." + layer + ".post_attention_layernorm.weight";
  }

  /** Tensors a checkpoint may carry that the model does not use: old rotary caches, a tied head. */
  static boolean ignorable(String name, LlamaConfig c) {
    return name.endsWith(".rotary_emb.inv_freq") || (c.tieWordEmbeddings() && name.equals(LM_HEAD));
  }
}
