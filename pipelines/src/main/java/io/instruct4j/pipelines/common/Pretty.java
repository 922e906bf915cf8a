package io.instruct4j.pipelines.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.instruct4j.core.io.Json;

/** Indented JSON for files people read (summaries, reports); data files stay one record a line. */
public final class Pretty {
  private Pretty() {}

  public static String json(Object value) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
