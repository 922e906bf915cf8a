package io.instruct4j.finetune.train.data;

import io.instruct4j.core.record.Example;

/**
 * The Alpaca-style prompt: {@code ### Instruction:\n...\n\n[### Input:\n...\n\n]### Response:\n}.
 * The model learns only what follows it (the output and the end-of-sequence token).
 */
public final class PromptTemplate {

  private PromptTemplate() {}

  /** The prompt for an example; the Input section is left out when the input is empty. */
  public static String prompt(Example example) {
    StringBuilder out = new StringBuilder("### Instruction:\n").append(example.instruction()).append("\n\n");
    if (!example.input().isEmpty()) {
      out.append("### Input:\n").append(example.input()).append("\n\n");
    }
    return out.append("### Response:\n").toString();
  }
}
