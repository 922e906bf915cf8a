package io.instruct4j.core.io;

/** The example file formats {@link ExampleSources} can read. */
public enum InputFormat {
  /** No records at all: empty or whitespace only. Reads as zero examples, not an error. */
  EMPTY("an empty file"),
  /** JSONL of our example records, or Alpaca-style {@code instruction/input/output} objects. */
  EXAMPLES_JSONL("JSONL examples"),
  /** JSONL of Self-Instruct seed tasks ({@code instruction} plus {@code instances}). */
  SEED_TASKS_JSONL("Self-Instruct seed tasks (JSONL)"),
  /** A JSON array of Alpaca-style {@code instruction/input/output} objects. */
  ALPACA_JSON_ARRAY("an Alpaca JSON array");

  private final String description;

  InputFormat(String description) {
    this.description = description;
  }

  /** For logs, e.g. "reading seeds.jsonl as Self-Instruct seed tasks (JSONL)". */
  public String description() {
    return description;
  }
}
