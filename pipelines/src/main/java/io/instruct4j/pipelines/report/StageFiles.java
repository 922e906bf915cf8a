package io.instruct4j.pipelines.report;

/** File names every generator stage writes into its folder. */
final class StageFiles {

  static final String SUMMARY = "summary.json";
  static final String REJECTS = "rejects.jsonl";
  static final String DEAD_LETTERS = "dead-letters.jsonl";
  static final String EXAMPLES = "examples.jsonl";

  private StageFiles() {}
}
