package io.instruct4j.pipelines.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One step of a stage as a funnel: what went in, each reason items were removed, what came out.
 * The report prints a warning under a funnel whose counts do not add up instead of hiding it:
 * that only happens when the files come from different runs or were edited, and the reader
 * needs to know.
 *
 * @param caption the table caption
 * @param startLabel what went in, e.g. {@code candidates}
 * @param start how many
 * @param steps the removals, in pipeline order; zero counts are left out
 * @param endLabel what came out, e.g. {@code accepted}
 * @param end how many, as the stage recorded it
 */
record Funnel(String caption, String startLabel, long start, List<Step> steps, String endLabel, long end) {

  /** Items removed for one reason. */
  record Step(String label, long removed) {}

  Funnel {
    steps = List.copyOf(steps);
  }

  static Builder of(String caption, String startLabel, long start) {
    return new Builder(caption, startLabel, start);
  }

  /** {@code start} minus every removal. */
  long computedEnd() {
    return start - steps.stream().mapToLong(Step::removed).sum();
  }

  boolean addsUp() {
    return computedEnd() == end;
  }

  /** The funnel as a table (step, removed, remaining), and a warning when it does not add up. */
  List<Block> blocks() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(startLabel, "", Fmt.count(start)));
    long remaining = start;
    for (Step s : steps) {
      remaining -= s.removed();
      rows.add(List.of("- " + s.label(), Fmt.count(s.removed()), Fmt.count(remaining)));
    }
    rows.add(List.of("= " + endLabel, "", Fmt.count(end)));
    List<Block> out = new ArrayList<>();
    out.add(new Block.Table(caption, List.of("Step", "Removed", "Remaining"), rows));
    if (!addsUp()) {
      out.add(new Block.Text("Warning: " + caption + " does not add up: " + start + " " + startLabel + " minus "
          + (start - computedEnd()) + " removed leaves " + computedEnd() + ", but " + end + " " + endLabel
          + " were recorded. The files may come from different runs."));
    }
    return out;
  }

  /** Adds removals; builds the funnel. */
  static final class Builder {
    private final String caption;
    private final String startLabel;
    private final long start;
    private final List<Step> steps = new ArrayList<>();

    private Builder(String caption, String startLabel, long start) {
      this.caption = caption;
      this.startLabel = startLabel;
      this.start = start;
    }

    Builder minus(String label, long removed) {
      if (removed != 0) {
        steps.add(new Step(label, removed));
      }
      return this;
    }

    /** One removal per entry, labelled {@code kind: name}, in the map's order. */
    Builder minus(String kind, Map<String, Long> byName) {
      ReportInputs.orEmpty(byName).forEach((name, n) -> minus(kind + ": " + name, n));
      return this;
    }

    Funnel to(String endLabel, long end) {
      return new Funnel(caption, startLabel, start, steps, endLabel, end);
    }
  }
}
