package io.instruct4j.finetune.export;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code export:} section of the config.
 *
 * @param formats files to write: {@code alpaca}, {@code sharegpt}, {@code openai} (default: all three)
 * @param systemPrompt written into every row as the system prompt; none when absent
 * @param validationFraction share of each method's examples held out for validation, in [0, 1)
 *     (default 0.05; 0 writes training files only). See {@link StratifiedSplit} for the rounding.
 * @param seed picks which examples are held out (default 42)
 * @param datasetName prefix of the dataset names in {@code dataset_info.json} (default {@code instruct4j})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExportConfig(
    List<ExportFormat> formats,
    String systemPrompt,
    Double validationFraction,
    Long seed,
    String datasetName) {

  public static final double DEFAULT_VALIDATION_FRACTION = 0.05;
  public static final long DEFAULT_SEED = 42;
  public static final String DEFAULT_DATASET_NAME = "instruct4j";

  public ExportConfig {
    formats = formats == null ? List.of(ExportFormat.values()) : List.copyOf(formats);
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("export.formats must name at least one of alpaca, sharegpt, openai");
    }
    Set<ExportFormat> seen = new HashSet<>();
    for (ExportFormat f : formats) {
      if (!seen.add(f)) {
        throw new IllegalArgumentException("export.formats lists '" + f.wireName() + "' twice");
      }
    }
    if (systemPrompt != null && systemPrompt.isBlank()) {
      throw new IllegalArgumentException("export.system_prompt is blank; remove it to write no system prompt");
    }
    validationFraction = validationFraction == null ? DEFAULT_VALIDATION_FRACTION : validationFraction;
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new IllegalArgumentException("export.validation_fraction must be in [0, 1), got " + validationFraction);
    }
    seed = seed == null ? DEFAULT_SEED : seed;
    datasetName = datasetName == null ? DEFAULT_DATASET_NAME : datasetName;
    if (!datasetName.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException("export.dataset_name must be letters, digits, '_', '.' or '-', got '"
          + datasetName + "'");
    }
  }

  /** Every setting at its default. */
  public static ExportConfig defaults() {
    return new ExportConfig(null, null, null, null, null);
  }

  /** The system prompt, when one is set. */
  public Optional<String> system() {
    return Optional.ofNullable(systemPrompt);
  }
}
