package io.instruct4j.finetune.export;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an export wrote; saved as {@code export-report.json} and {@code export-report.txt}. The
 * constructor checks that the counts add up (methods to splits, splits to the total, every file
 * to its split), so a report never shows numbers that contradict each other.
 *
 * @param input the examples file as given
 * @param outputDir the folder the files are in
 * @param examples examples read
 * @param train examples in the training split
 * @param validation examples held out for validation
 * @param validationFraction the configured fraction
 * @param seed the seed that chose the validation examples
 * @param byMethod train/validation counts per method ({@code seed}, {@code self-instruct}, ...)
 * @param files every file written except the reports, in writing order
 * @param datasetInfo the LLaMA-Factory dataset_info file's name
 * @param warnings things a trainer will complain about (e.g. too few examples for OpenAI)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExportReport(
    String input,
    String outputDir,
    long examples,
    long train,
    long validation,
    double validationFraction,
    long seed,
    Map<String, SplitCounts> byMethod,
    List<ExportedFile> files,
    String datasetInfo,
    List<String> warnings) {

  /** One method's share of the splits. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record SplitCounts(long train, long validation) {
    public long total() {
      return train + validation;
    }
  }

  /**
   * One written file.
   *
   * @param format {@code alpaca}, {@code sharegpt} or {@code openai}
   * @param split {@code train} or {@code validation}
   * @param file its name inside the output folder
   * @param examples rows in it
   * @param datasetName its key in dataset_info.json
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ExportedFile(String format, String split, String file, long examples, String datasetName) {}

  public ExportReport {
    byMethod = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byMethod));
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
    long methodTrain = byMethod.values().stream().mapToLong(SplitCounts::train).sum();
    long methodValidation = byMethod.values().stream().mapToLong(SplitCounts::validation).sum();
    if (methodTrain != train || methodValidation != validation || train + validation != examples) {
      throw new IllegalStateException("export counts do not add up: " + examples + " examples, " + train
          + " train, " + validation + " validation, by method " + byMethod);
    }
    for (ExportedFile f : files) {
      long expected = f.split().equals(Split.TRAIN.wireName()) ? train : validation;
      if (f.examples() != expected) {
        throw new IllegalStateException(f.file() + " has " + f.examples() + " rows, its split has " + expected);
      }
    }
  }

  /** The report as text, one fact per line. */
  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Exported %d examples from %s to %s: %d train, %d validation"
        + " (validation_fraction %s, seed %d)%n", examples, input, outputDir, train, validation,
        validationFraction, seed));
    s.append(String.format(Locale.ROOT, "  %-16s %8s %11s%n", "method", "train", "validation"));
    byMethod.forEach((method, c) ->
        s.append(String.format(Locale.ROOT, "  %-16s %8d %11d%n", method, c.train(), c.validation())));
    s.append("Files:\n");
    for (ExportedFile f : files) {
      s.append(String.format(Locale.ROOT, "  %-28s %8d  %s%n", f.file(), f.examples(), f.datasetName()));
    }
    s.append(String.format(Locale.ROOT, "  %-28s %8s  %d LLaMA-Factory datasets (dataset_dir: %s)%n",
        datasetInfo, "", files.size(), outputDir));
    warnings.forEach(w -> s.append("Warning: ").append(w).append('\n'));
    return s.toString();
  }
}
