package io.instruct4j.pipelines.report;

import io.instruct4j.core.record.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The distribution of {@code scores.max_rouge_l} over accepted Self-Instruct instructions: how
 * close each new instruction came to the pool when it was accepted (cf. the Self-Instruct paper's
 * histogram of ROUGE-L against the most similar seed instruction; ours compares with the whole
 * pool at acceptance time, seeds and earlier accepted instructions, which is what the filter
 * used). Ten bins of width 0.1: {@code [0.0, 0.1) ... [0.9, 1.0]}.
 */
final class RougeHistogram implements Consumer<Example> {

  static final int BINS = 10;

  private final long[] counts = new long[BINS];
  private long unscored;

  @Override
  public void accept(Example e) {
    Double score = e.scores().maxRougeL();
    if (score == null) {
      unscored++;
      return;
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("example " + e.id() + " has scores.max_rouge_l " + score + ", outside [0, 1]");
    }
    counts[bin(score)]++;
  }

  /** The bin of a score; the tiny epsilon keeps 0.3 (stored as 0.29999...) in bin 3 as people expect. */
  static int bin(double score) {
    return Math.min(BINS - 1, (int) Math.floor(score * BINS + 1e-9));
  }

  static String label(int bin) {
    return String.format(Locale.ROOT, "%.1f-%.1f", bin / (double) BINS, (bin + 1) / (double) BINS);
  }

  long count(int bin) {
    return counts[bin];
  }

  long scored() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  long unscored() {
    return unscored;
  }

  List<Block> blocks(String chartFile) {
    List<Block> out = new ArrayList<>();
    if (scored() == 0) {
      out.add(new Block.Text(
          "No accepted instruction carries scores.max_rouge_l, so there is no similarity histogram."));
      return out;
    }
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      labels.add(label(b));
      values.add(counts[b]);
      rows.add(List.of(label(b), Fmt.count(counts[b]), Fmt.percent(counts[b], scored())));
    }
    out.add(new Block.Text("ROUGE-L F of each accepted instruction against the most similar instruction in the pool "
        + "when it was accepted (seeds and earlier accepted instructions); bins are [low, high), the last one "
        + "includes 1.0."));
    out.add(new Block.Table("Max ROUGE-L to the pool (" + scored() + " instructions)",
        List.of("ROUGE-L", "Instructions", "Share"), rows));
    if (unscored > 0) {
      out.add(new Block.Text(unscored
          + " accepted instruction(s) carry no scores.max_rouge_l and are not in the histogram."));
    }
    out.add(new Block.Chart(new ChartSpec(chartFile, "Self-Instruct: max ROUGE-L of accepted instructions to the pool",
        "ROUGE-L F", "instructions", labels, values)));
    return out;
  }
}
