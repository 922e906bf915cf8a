package io.instruct4j.pipelines.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a stage's source material produced at least one example.
 *
 * @param caption the table caption
 * @param rows one line per unit (documents, chunks, facts, entities)
 */
record Coverage(String caption, List<Row> rows) {

  /**
   * @param unit what is counted, e.g. {@code documents read}
   * @param covered how many produced at least one example; null when it cannot be known
   * @param total how many there were
   * @param note where the numbers come from
   */
  record Row(String unit, Long covered, long total, String note) {}

  Coverage {
    rows = List.copyOf(rows);
  }

  Block.Table table() {
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      cells.add(List.of(r.unit(), r.covered() == null ? "-" : Fmt.count(r.covered()), Fmt.count(r.total()),
          r.covered() == null ? "-" : Fmt.percent(r.covered(), r.total()), r.note()));
    }
    return new Block.Table(caption, List.of("Unit", "With examples", "Total", "Coverage", "How counted"), cells);
  }
}
