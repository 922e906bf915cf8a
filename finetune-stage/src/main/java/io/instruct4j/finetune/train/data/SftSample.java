package io.instruct4j.finetune.train.data;

import java.util.Objects;

/**
 * One tokenized training sequence: prompt tokens, then response tokens ending in EOS.
 *
 * @param ids every token id, prompt first
 * @param promptTokens how many leading ids are prompt (excluded from the loss)
 * @param source {@code file:line} of the example
 */
public record SftSample(long[] ids, int promptTokens, String source) {

  /** The label value for positions that do not count in the loss (PyTorch's ignore_index). */
  public static final long IGNORE = -100;

  public SftSample {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(source, "source");
    if (promptTokens < 0 || promptTokens > ids.length) {
      throw new IllegalArgumentException("promptTokens " + promptTokens + " outside [0, " + ids.length + "]");
    }
  }

  public int length() {
    return ids.length;
  }

  /** Tokens the loss is computed on: the response tokens, except a first token at position 0. */
  public int targetCount() {
    return ids.length - Math.max(1, promptTokens);
  }

  /**
   * The label at each position: the next token when it is a response token, else {@link #IGNORE}.
   * Position t predicts token t+1, so the shift is done here instead of on the logits.
   */
  public long[] labels() {
    long[] labels = new long[ids.length];
    for (int t = 0; t < ids.length; t++) {
      labels[t] = t + 1 < ids.length && t + 1 >= promptTokens ? ids[t + 1] : IGNORE;
    }
    return labels;
  }
}
