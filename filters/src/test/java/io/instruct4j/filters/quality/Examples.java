package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;

/** Test examples: only the three text fields matter to quality filters. */
final class Examples {

  private Examples() {}

  static Example example(String instruction, String input, String output) {
    return Example.of(instruction, input, output, Method.SELF_INSTRUCT, "en");
  }

  static Example output(String output) {
    return example("Answer the question.", "", output);
  }

  /** The reject reason, or "" when the filter accepts: tables compare one string either way. */
  static String verdict(QualityFilter filter, Example example) {
    return filter.reject(example).orElse("");
  }
}
