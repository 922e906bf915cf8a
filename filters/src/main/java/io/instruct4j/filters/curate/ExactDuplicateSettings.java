package io.instruct4j.filters.curate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.filters.dedup.DedupFields;
import io.instruct4j.filters.dedup.ExactDedup;
import java.io.Serializable;

/**
 * The {@code curate.exact_duplicate} section: drop examples identical after width, case,
 * punctuation and whitespace folding ({@link ExactDedup}).
 *
 * @param enabled default true: it is cheap and only removes true repeats
 * @param fields the fields compared: {@code instruction}, {@code instruction_input},
 *     {@code instruction_input_output} (default) or {@code output}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = false)
public record ExactDuplicateSettings(Boolean enabled, DedupFields fields) implements Serializable {

  public ExactDuplicateSettings {
    enabled = enabled == null || enabled;
    fields = fields == null ? DedupFields.INSTRUCTION_INPUT_OUTPUT : fields;
  }

  public static ExactDuplicateSettings defaults() {
    return new ExactDuplicateSettings(null, null);
  }

  /** The deduplicator these settings describe. */
  public ExactDedup dedup() {
    return new ExactDedup(fields);
  }

  public ExactDuplicateSettings withEnabled(boolean value) {
    return new ExactDuplicateSettings(value, fields);
  }
}
