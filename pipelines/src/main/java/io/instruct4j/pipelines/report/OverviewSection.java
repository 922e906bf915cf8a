package io.instruct4j.pipelines.report;

import io.instruct4j.pipelines.run.LlmUsage;
import io.instruct4j.pipelines.run.RunState;
import io.instruct4j.pipelines.run.Stage;
import io.instruct4j.pipelines.run.StageRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The top of the report: one line per stage (from its section and, when there is one, its
 * {@code run-state.json} record), the stages' run records, and which stages are not in this run.
 */
final class OverviewSection {

  static final List<String> HEADER = List.of("Stage", "Status", "In", "Out", "Rejects", "Dead letters", "LLM calls",
      "Cache hits", "Retries", "Prompt tokens", "Completion tokens", "Wall s");

  private OverviewSection() {}

  static List<Block> build(String name, RunState state, List<StageSection> stages) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "instruct4j run report: " + name));
    blocks.add(new Block.Heading(2, "Overview"));
    List<List<String>> rows = new ArrayList<>();
    LlmUsage total = LlmUsage.NONE;
    double seconds = 0;
    for (StageSection s : stages) {
      StageRecord record = state.get(s.stage());
      LlmUsage llm = s.llm() != null ? s.llm() : record != null && s.stage().isGenerator() ? record.llm() : null;
      Double wall = record != null && record.wallSeconds() != null ? record.wallSeconds() : s.wallSeconds();
      String status = record != null ? record.status() : s.finished() ? "done" : "unfinished";
      List<String> row = new ArrayList<>(List.of(s.stage().folder(), status, s.in(), s.out(), Fmt.count(s.rejects()),
          Fmt.count(s.deadLetters())));
      row.addAll(llmCells(llm));
      row.add(Fmt.seconds(wall));
      rows.add(row);
      total = llm == null ? total : total.plus(llm);
      seconds += wall == null ? 0 : wall;
    }
    List<String> sum = new ArrayList<>(List.of("total", "", "", "",
        Fmt.count(stages.stream().mapToLong(StageSection::rejects).sum()),
        Fmt.count(stages.stream().mapToLong(StageSection::deadLetters).sum())));
    sum.addAll(llmCells(total));
    sum.add(Fmt.seconds(seconds));
    rows.add(sum);
    blocks.add(new Block.Table(null, HEADER, rows));

    List<String> absent = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      if (stages.stream().noneMatch(s -> s.stage() == stage)) {
        absent.add(stage.folder());
      }
    }
    if (!absent.isEmpty()) {
      blocks.add(new Block.Text("Not in this run: " + String.join(", ", absent) + "."));
    }
    if (!state.stages().isEmpty()) {
      blocks.add(runRecords(state));
    }
    return blocks;
  }

  private static List<String> llmCells(LlmUsage llm) {
    if (llm == null) {
      return List.of("-", "-", "-", "-", "-");
    }
    return List.of(Fmt.count(llm.calls()), Fmt.count(llm.cacheHits()), Fmt.count(llm.retries()),
        Fmt.count(llm.promptTokens()), Fmt.count(llm.completionTokens()));
  }

  /** The run-state records, in stage order: when each stage ran, on what inputs, and why it failed. */
  private static Block.Table runRecords(RunState state) {
    List<List<String>> rows = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      StageRecord r = state.get(stage);
      if (r == null) {
        continue;
      }
      rows.add(List.of(stage.key(), r.status(), orDash(r.startedAt()), orDash(r.finishedAt()),
          r.fingerprint() == null ? "-" : r.fingerprint().substring(0, Math.min(12, r.fingerprint().length())),
          r.error() == null ? "" : r.error()));
    }
    return new Block.Table("Stage runs (run-state.json)", List.of("Stage", "Status", "Started", "Finished",
        "Fingerprint", "Error"), rows);
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
