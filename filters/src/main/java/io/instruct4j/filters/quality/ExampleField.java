package io.instruct4j.filters.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.instruct4j.core.record.Example;

/** The text fields of an {@link Example} a heuristic can look at; written lower-case in config and reasons. */
public enum ExampleField {
  INSTRUCTION("instruction"),
  INPUT("input"),
  OUTPUT("output");

  private final String key;

  ExampleField(String key) {
    this.key = key;
  }

  /** The lower-case name used in config keys and reject reasons. */
  @JsonValue
  public String key() {
    return key;
  }

  /** The field's text; never null (Example turns a missing input or output into ""). */
  public String of(Example example) {
    return switch (this) {
      case INSTRUCTION -> example.instruction();
      case INPUT -> example.input();
      case OUTPUT -> example.output();
    };
  }

  /** Parses {@code instruction}, {@code input} or {@code output}; the error lists the accepted names. */
  @JsonCreator
  public static ExampleField fromKey(String key) {
    for (ExampleField field : values()) {
      if (field.key.equalsIgnoreCase(key)) {
        return field;
      }
    }
    throw new IllegalArgumentException(
        "unknown example field '" + key + "' (expected instruction, input or output)");
  }
}
