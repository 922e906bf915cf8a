package io.instruct4j.pipelines.report;

import io.instruct4j.core.beam.LlmCounters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A stage's model-call accounting from its summary's {@code llm} map: one row per step, and a total. */
final class LlmTable {

  private LlmTable() {}

  static List<Block> blocks(String caption, Map<String, Map<String, Long>> llm) {
    if (llm == null || llm.isEmpty()) {
      return List.of(new Block.Text("No model calls were recorded for this stage."));
    }
    List<String> header = new ArrayList<>();
    header.add("Step");
    header.addAll(LlmCounters.KINDS);
    List<List<String>> rows = new ArrayList<>();
    long[] total = new long[LlmCounters.KINDS.size()];
    llm.forEach((step, counters) -> {
      List<String> row = new ArrayList<>();
      row.add(step);
      for (int i = 0; i < LlmCounters.KINDS.size(); i++) {
        long v = counters == null ? 0 : counters.getOrDefault(LlmCounters.KINDS.get(i), 0L);
        total[i] += v;
        row.add(Fmt.count(v));
      }
      rows.add(row);
    });
    List<String> sum = new ArrayList<>();
    sum.add("total");
    for (long v : total) {
      sum.add(Fmt.count(v));
    }
    rows.add(sum);
    return List.of(new Block.Table(caption, header, rows));
  }
}
