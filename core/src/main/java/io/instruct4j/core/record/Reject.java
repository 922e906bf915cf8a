package io.instruct4j.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.Objects;

/**
 * An item a filter or a parser refused, with the reason, so nothing disappears unexplained.
 *
 * @param stage the pipeline stage, e.g. {@code bootstrap}, {@code curate}
 * @param filter the filter's name, e.g. {@code rouge_l}, {@code blocklist}; the summary counts by it
 * @param reason a human-readable reason naming the measured value and the limit
 * @param text the rejected text when it is not an example (a parsed instruction, a raw line)
 * @param example the rejected example, when there is one
 * @param duplicateOf the id of the example this one duplicates, for dedup filters
 * @param source where the item came from, e.g. {@code seeds.jsonl:12}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reject(
    String stage,
    String filter,
    String reason,
    String text,
    Example example,
    String duplicateOf,
    String source)
    implements Serializable {

  public Reject {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(reason, "reason");
  }

  public static Reject ofExample(String stage, String filter, String reason, Example example) {
    return new Reject(stage, filter, reason, null, example, null, null);
  }

  public static Reject ofText(String stage, String filter, String reason, String text) {
    return new Reject(stage, filter, reason, text, null, null, null);
  }

  public Reject withDuplicateOf(String id) {
    return new Reject(stage, filter, reason, text, example, id, source);
  }

  public Reject withSource(String value) {
    return new Reject(stage, filter, reason, text, example, duplicateOf, value);
  }
}
