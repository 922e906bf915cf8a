package io.instruct4j.finetune.train;

/** What to do with an example longer than the maximum sequence length. */
public enum Truncation {
  /**
   * Keep the first max-length tokens and count the example as truncated; an example whose prompt
   * alone fills the length has nothing left to learn and is counted as dropped.
   */
  TRUNCATE,
  /** Stop before training, naming the example's file and line and its length. */
  FAIL
}
