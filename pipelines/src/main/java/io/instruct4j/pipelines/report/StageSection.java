package io.instruct4j.pipelines.report;

import io.instruct4j.pipelines.run.LlmUsage;
import io.instruct4j.pipelines.run.Stage;
import io.instruct4j.pipelines.run.StageRecord;
import java.util.List;
import java.util.Objects;

/**
 * What one stage's section found: its line of the overview table and its own blocks.
 *
 * @param stage the stage
 * @param finished whether the stage's summary file was there
 * @param in what went in, with its unit ({@code 3 seed tasks}); {@code -} when unknown
 * @param out what came out, with its unit ({@code 5 examples})
 * @param rejects lines of the stage's {@code rejects.jsonl}
 * @param deadLetters lines of its {@code dead-letters.jsonl}
 * @param llm what its model calls cost; null for stages that call no model
 * @param wallSeconds its wall time as its summary recorded it; null when unknown
 * @param blocks the stage's section
 */
record StageSection(Stage stage, boolean finished, String in, String out, long rejects, long deadLetters, LlmUsage llm,
    Double wallSeconds, List<Block> blocks) {

  StageSection {
    Objects.requireNonNull(stage, "stage");
    blocks = List.copyOf(blocks);
  }

  /** A stage that run-state.json records but that left no folder (it failed early, or the folder was deleted). */
  static StageSection withoutFolder(Stage stage, StageRecord record) {
    String error = record.error() == null ? "" : " (" + record.error() + ")";
    return new StageSection(stage, false, "-", "-", 0, 0, null, null, List.of(
        new Block.Heading(2, stage.folder()),
        new Block.Text("run-state.json records this stage as " + record.status() + error + ", and there is no "
            + stage.folder() + "/ folder to report on.")));
  }

  /** A stage whose folder exists but whose summary does not: it started and did not finish. */
  static StageSection unfinished(Stage stage, String title, String summaryFile) {
    return new StageSection(stage, false, "-", "-", 0, 0, null, null, List.of(
        new Block.Heading(2, title),
        new Block.Text(stage.folder() + "/" + summaryFile + " is missing: the stage did not finish, so there is "
            + "nothing to report for it.")));
  }
}
