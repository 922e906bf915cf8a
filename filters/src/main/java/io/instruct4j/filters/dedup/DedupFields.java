package io.instruct4j.filters.dedup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.instruct4j.core.record.Example;
import java.util.StringJoiner;

/** Which fields of an {@link Example} a deduplicator compares. */
public enum DedupFields {
  INSTRUCTION("instruction"),
  INSTRUCTION_INPUT("instruction_input"),
  /** The default: two examples with the same instruction but different answers are not duplicates. */
  INSTRUCTION_INPUT_OUTPUT("instruction_input_output"),
  OUTPUT("output");

  private final String key;

  DedupFields(String key) {
    this.key = key;
  }

  @JsonValue
  public String key() {
    return key;
  }

  /** The selected fields in order instruction, input, output; empty fields are included. */
  String[] parts(Example example) {
    return switch (this) {
      case INSTRUCTION -> new String[] {example.instruction()};
      case INSTRUCTION_INPUT -> new String[] {example.instruction(), example.input()};
      case INSTRUCTION_INPUT_OUTPUT ->
          new String[] {example.instruction(), example.input(), example.output()};
      case OUTPUT -> new String[] {example.output()};
    };
  }

  /**
   * The selected fields joined by {@code \n}. Empty fields are skipped, so an example without
   * input reads as {@code instruction\noutput}; a stray blank line would shift embeddings.
   */
  public String text(Example example) {
    StringJoiner joined = new StringJoiner("\n");
    for (String part : parts(example)) {
      if (!part.isEmpty()) {
        joined.add(part);
      }
    }
    return joined.toString();
  }

  /** Parses a key such as {@code instruction_input}; the error lists the accepted keys. */
  @JsonCreator
  public static DedupFields fromKey(String key) {
    for (DedupFields fields : values()) {
      if (fields.key.equalsIgnoreCase(key)) {
        return fields;
      }
    }
    throw new IllegalArgumentException("unknown dedup fields '" + key
        + "' (expected instruction, instruction_input, instruction_input_output or output)");
  }
}
