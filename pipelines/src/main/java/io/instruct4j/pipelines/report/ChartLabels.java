package io.instruct4j.pipelines.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Category labels for a chart: the labels themselves when they are all printable ASCII, else
 * their ranks {@code 1..n} (the table beside the chart lists the words in the same order). See
 * {@link ChartSpec} for why charts hold no CJK text.
 *
 * @param labels what to draw
 * @param ranked whether ranks replaced the labels
 */
record ChartLabels(List<String> labels, boolean ranked) {

  static ChartLabels of(List<String> labels) {
    boolean ascii = labels.stream().allMatch(l -> l.chars().allMatch(c -> c >= 0x20 && c < 0x7f));
    if (ascii) {
      return new ChartLabels(labels, false);
    }
    List<String> ranks = new ArrayList<>();
    for (int i = 1; i <= labels.size(); i++) {
      ranks.add(Integer.toString(i));
    }
    return new ChartLabels(ranks, true);
  }

  /** The axis title, saying when the bars are ranks that the table resolves. */
  String axisTitle(String what) {
    return ranked ? "rank (" + what + " in the table)" : what;
  }
}
