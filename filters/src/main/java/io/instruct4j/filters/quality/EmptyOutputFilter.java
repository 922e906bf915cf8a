package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.util.Optional;

/**
 * Rejects an example whose output has nothing visible: empty, or only whitespace (NBSP and the
 * ideographic space included) and invisible format characters such as the zero-width space.
 */
final class EmptyOutputFilter implements QualityFilter {

  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "empty_output";
  }

  @Override
  public Optional<String> reject(Example example) {
    String output = example.output();
    if (output.isEmpty()) {
      return Optional.of("output is empty");
    }
    if (Texts.isBlank(output)) {
      return Optional.of("output is blank: " + Texts.count(output.codePointCount(0, output.length()),
          "whitespace or invisible character", "whitespace or invisible characters"));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name();
  }
}
