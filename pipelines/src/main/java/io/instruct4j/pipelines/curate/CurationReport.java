package io.instruct4j.pipelines.curate;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The run's {@code curation-report.json}. The counts add up, and the constructor refuses a report
 * where they do not: {@code examples = Σ inputs.examples}; the first step's {@code in} is
 * {@code examples}, each step's {@code out} is the next one's {@code in}, the last one's
 * {@code out} is {@code kept}; so {@code examples = kept + Σ steps.rejected}. {@code rejects.jsonl}
 * holds {@code Σ read_rejected + Σ steps.rejected} lines.
 *
 * @param language the run's language (given to seed and Alpaca rows, which carry none)
 * @param runner the Beam runner
 * @param inputs what was read from each file, in the order given
 * @param readRejected malformed input records by filter ({@code malformed_record}), under
 *     {@code bad_records: reject}; they never became examples
 * @param examples examples read from all inputs
 * @param steps the chain's steps that ran, in order
 * @param disabled the dedup steps switched off in the config
 * @param kept examples written to {@code examples.jsonl}
 * @param wallTimeSeconds the whole run, reading and writing included
 * @param examplesPerSecond {@code examples / wall_time_seconds}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CurationReport(
    String language,
    String runner,
    List<InputFileReport> inputs,
    Map<String, Long> readRejected,
    long examples,
    List<StepReport> steps,
    List<String> disabled,
    long kept,
    double wallTimeSeconds,
    double examplesPerSecond) {

  public CurationReport {
    inputs = List.copyOf(inputs);
    readRejected = java.util.Collections.unmodifiableMap(new TreeMap<>(readRejected));
    steps = List.copyOf(steps);
    disabled = List.copyOf(disabled);
    long read = inputs.stream().mapToLong(InputFileReport::examples).sum();
    long malformed = inputs.stream().mapToLong(InputFileReport::malformed).sum();
    long readRejects = readRejected.values().stream().mapToLong(Long::longValue).sum();
    if (read != examples || malformed != readRejects) {
      throw new IllegalStateException("the inputs gave " + read + " examples and " + malformed
          + " malformed records, but the report counts " + examples + " and " + readRejected);
    }
    long flowing = examples;
    for (StepReport step : steps) {
      if (step.in() != flowing) {
        throw new IllegalStateException(step.step() + " got " + step.in() + " examples, but " + flowing + " reached it");
      }
      flowing = step.out();
    }
    if (flowing != kept) {
      throw new IllegalStateException(kept + " examples kept, but " + flowing + " left the last step");
    }
  }

  /** Examples rejected by the chain's steps (not counting malformed input records). */
  public long rejected() {
    return steps.stream().mapToLong(StepReport::rejected).sum();
  }

  /** A few lines for the terminal. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Curate (%s, %s): %d examples from %d file%s -> %d kept, %d rejected; "
            + "%.1f s (%.0f examples/s)%n", language, runner, examples, inputs.size(), inputs.size() == 1 ? "" : "s",
        kept, rejected(), wallTimeSeconds, examplesPerSecond));
    for (InputFileReport in : inputs) {
      b.append(String.format(Locale.ROOT, "  read  %s (%s): %d records -> %d examples%s%n", in.file(), in.format(),
          in.records(), in.examples(), in.malformed() == 0 ? "" : ", " + in.malformed() + " malformed"));
    }
    for (StepReport step : steps) {
      b.append(String.format(Locale.ROOT, "  %-18s %6d -> %6d  rejected %d", step.step(), step.in(), step.out(),
          step.rejected()));
      if (step.clusters() != null) {
        b.append(" in ").append(step.clusters()).append(step.clusters() == 1 ? " cluster" : " clusters");
      }
      if (step.rejectedBy() != null && step.rejected() > 0) {
        b.append(' ').append(nonZero(step.rejectedBy()));
      }
      b.append(System.lineSeparator());
    }
    if (!disabled.isEmpty()) {
      b.append("  off   ").append(String.join(", ", disabled)).append(System.lineSeparator());
    }
    return b.toString().stripTrailing();
  }

  private static String nonZero(List<FilterCount> counts) {
    StringJoiner joined = new StringJoiner(", ", "{", "}");
    counts.stream().filter(c -> c.rejected() > 0).forEach(c -> joined.add(c.filter() + "=" + c.rejected()));
    return joined.toString();
  }
}
