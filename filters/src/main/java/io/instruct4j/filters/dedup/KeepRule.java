package io.instruct4j.filters.dedup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.instruct4j.core.record.Example;

/** Which member of a duplicate cluster is kept; ties always go to the earliest in input order. */
public enum KeepRule {
  /** The earliest in input order: stable and reproducible, favours seeds and earlier rounds. */
  FIRST("first"),
  /** The one with the longest output (in code points), on the view that it is the most complete answer. */
  LONGEST_OUTPUT("longest_output");

  private final String key;

  KeepRule(String key) {
    this.key = key;
  }

  @JsonValue
  public String key() {
    return key;
  }

  /** Whether {@code candidate}, later in input order, should replace {@code current} as the kept one. */
  boolean prefers(Example candidate, Example current) {
    return switch (this) {
      case FIRST -> false;
      case LONGEST_OUTPUT -> outputLength(candidate) > outputLength(current);
    };
  }

  private static int outputLength(Example example) {
    return example.output().codePointCount(0, example.output().length());
  }

  /** Parses {@code first} or {@code longest_output}; the error names the setting and the choices. */
  @JsonCreator
  public static KeepRule fromKey(String key) {
    for (KeepRule rule : values()) {
      if (rule.key.equalsIgnoreCase(key)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "unknown keep rule '" + key + "' (expected first or longest_output)");
  }
}
