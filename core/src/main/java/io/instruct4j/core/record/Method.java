package io.instruct4j.core.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How an example was made; serialised as its lower-case, hyphenated name. */
public enum Method {
  SEED("seed"),
  SELF_INSTRUCT("self-instruct"),
  SELF_QA("self-qa"),
  SELF_KG("self-kg"),
  /** Imported from an existing dataset (Alpaca JSON, plain JSONL) rather than generated. */
  IMPORTED("imported");

  private final String wireName;

  Method(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** Parses a wire name such as {@code self-instruct}; the error lists the accepted names. */
  @JsonCreator
  public static Method fromWire(String name) {
    for (Method m : values()) {
      if (m.wireName.equalsIgnoreCase(name) || m.name().equalsIgnoreCase(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown method '" + name + "' (expected seed, self-instruct, self-qa, self-kg or imported)");
  }
}
