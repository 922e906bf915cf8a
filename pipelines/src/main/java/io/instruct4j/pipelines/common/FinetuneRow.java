package io.instruct4j.pipelines.common;

import io.instruct4j.core.record.Example;

/** A plain training row, the shape every trainer reads: {@code finetune.jsonl}. */
public record FinetuneRow(String instruction, String input, String output) {

  public static FinetuneRow of(Example e) {
    return new FinetuneRow(e.instruction(), e.input(), e.output());
  }
}
