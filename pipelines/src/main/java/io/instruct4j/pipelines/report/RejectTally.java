package io.instruct4j.pipelines.report;

import io.instruct4j.core.record.Reject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stage's {@code rejects.jsonl} counted by (stage, filter), in the order each first appears
 * (the pipeline's order), with the first reason of each as an illustration.
 */
final class RejectTally {

  /** Longest reason shown; reasons quote model text, which can run long. */
  private static final int REASON_CHARS = 120;

  record Row(String stage, String filter, long count, String firstReason) {}

  private final Map<String, Row> rows = new LinkedHashMap<>();
  private long total;

  /** Reads {@code file}; a missing file means no rejects. */
  static RejectTally read(Path file) {
    RejectTally tally = new RejectTally();
    ReportInputs.forEach(file, Reject.class, tally::add);
    return tally;
  }

  private void add(Reject r) {
    String stage = r.stage() == null ? "-" : r.stage();
    rows.merge(stage + "\u0000" + r.filter(), new Row(stage, r.filter(), 1, r.reason()),
        (old, one) -> new Row(old.stage(), old.filter(), old.count() + 1, old.firstReason()));
    total++;
  }

  long total() {
    return total;
  }

  List<Row> rows() {
    return List.copyOf(rows.values());
  }

  /** A table of every (stage, filter) and a bar chart of the same counts; a sentence when there are none. */
  List<Block> blocks(String stageTitle, String chartFile) {
    if (total == 0) {
      return List.of(new Block.Text("Nothing was rejected."));
    }
    List<List<String>> table = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (Row r : rows.values()) {
      table.add(List.of(r.stage(), r.filter(), Fmt.count(r.count()), Fmt.shorten(r.firstReason(), REASON_CHARS)));
      labels.add(r.stage() + "/" + r.filter());
      values.add(r.count());
    }
    table.add(List.of("total", "", Fmt.count(total), ""));
    ChartLabels chartLabels = ChartLabels.of(labels);
    return List.of(
        new Block.Table("Rejects by reason (rejects.jsonl)", List.of("Step", "Filter", "Count", "First reason"), table),
        new Block.Chart(new ChartSpec(chartFile, stageTitle + ": rejects by filter",
            chartLabels.axisTitle("step/filter"), "rejects", chartLabels.labels(), values)));
  }
}
