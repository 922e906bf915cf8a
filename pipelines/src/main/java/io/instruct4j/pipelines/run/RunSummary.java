package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.pipelines.progress.ProgressLine;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end of a run: per stage what happened in this start, and where the results are.
 *
 * @param name the run's name
 * @param runDir the run folder
 * @param stages every stage of the run, in order
 * @param wallSeconds the whole start, checks included
 * @param report the run report's path, relative to the run folder; null when none was written
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunSummary(String name, String runDir, List<StageReport> stages, double wallSeconds, String report) {

  public RunSummary {
    stages = List.copyOf(stages);
  }

  public StageReport stage(Stage stage) {
    return stages.stream().filter(s -> s.stage() == stage).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(stage.key() + " is not a stage of this run"));
  }

  /** What this start spent on the model, over every stage. */
  public LlmUsage llm() {
    return stages.stream().map(StageReport::llm).reduce(LlmUsage.NONE, LlmUsage::plus);
  }

  public long count(String status) {
    return stages.stream().filter(s -> s.status().equals(status)).count();
  }

  /** The table and the paths, for the terminal. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Run %s: %d ran, %d skipped%s in %s; folder %s%n", name,
        count(StageReport.RAN), count(StageReport.SKIPPED),
        count(StageReport.NOT_RUN) > 0 ? ", " + count(StageReport.NOT_RUN) + " not run" : "",
        ProgressLine.clock(wallSeconds), runDir));
    b.append(String.format(Locale.ROOT, "  %-14s %-8s %-34s %7s %7s %7s %19s %8s%n", "stage", "status", "in -> out",
        "calls", "cached", "retries", "tokens (in/out)", "time"));
    for (StageReport s : stages) {
      String[] units = StageReport.units(s.stage());
      String flow = s.status().equals(StageReport.NOT_RUN) ? "-"
          : s.recordsIn() + " " + units[0] + " -> " + s.recordsOut() + " " + units[1];
      LlmUsage u = s.llm();
      b.append(String.format(Locale.ROOT, "  %-14s %-8s %-34s %7d %7d %7d %19s %8s%n", s.stage().key(), s.status(),
          flow, u.calls(), u.cacheHits(), u.retries(), u.promptTokens() + "/" + u.completionTokens(),
          s.status().equals(StageReport.RAN) ? ProgressLine.clock(s.wallSeconds()) : "-"));
    }
    LlmUsage total = llm();
    b.append(String.format(Locale.ROOT, "  %-14s %-8s %-34s %7d %7d %7d %19s%n", "total", "", "", total.calls(),
        total.cacheHits(), total.retries(), total.promptTokens() + "/" + total.completionTokens()));
    path(b, "dataset", Stage.CURATE, "dataset");
    for (StageReport s : stages) {
      if (s.stage() == Stage.EXPORT) {
        s.outputs().entrySet().stream().filter(e -> !e.getKey().equals("report")).map(Map.Entry::getValue).sorted()
            .forEach(p -> b.append(String.format(Locale.ROOT, "  %-8s %s/%s%n", "export", runDir, p)));
      }
    }
    path(b, "adapter", Stage.TRAIN, "adapter");
    if (report != null) {
      b.append(String.format(Locale.ROOT, "  %-8s %s/%s%n", "report", runDir, report));
    }
    b.append(String.format(Locale.ROOT, "  %-8s %s/%s", "state", runDir, RunState.FILE));
    return b.toString();
  }

  private void path(StringBuilder b, String label, Stage stage, String output) {
    for (StageReport s : stages) {
      if (s.stage() == stage && s.outputs().containsKey(output)) {
        b.append(String.format(Locale.ROOT, "  %-8s %s/%s%n", label, runDir, s.outputs().get(output)));
      }
    }
  }
}
