package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.util.Objects;
import java.util.Optional;

/**
 * Rejects an example whose output merely echoes another field (the input or the instruction),
 * compared after collapsing whitespace runs and trimming; case and punctuation still count. A
 * blank other field is never matched, so a missing input cannot make an empty output an "echo"
 * (the {@code empty_output} filter is the one that speaks about empty outputs).
 */
final class OutputEqualsFilter implements QualityFilter {

  private static final long serialVersionUID = 1L;

  private final ExampleField other;

  OutputEqualsFilter(ExampleField other) {
    this.other = Objects.requireNonNull(other, "other");
    if (other == ExampleField.OUTPUT) {
      throw new IllegalArgumentException("output_equals_* compares the output with another field, got output");
    }
  }

  @Override
  public String name() {
    return "output_equals_" + other.key();
  }

  @Override
  public Optional<String> reject(Example example) {
    String otherText = Texts.normalizeWhitespace(other.of(example));
    if (otherText.isEmpty() || !otherText.equals(Texts.normalizeWhitespace(example.output()))) {
      return Optional.empty();
    }
    return Optional.of("output equals the " + other.key() + " after whitespace normalization ("
        + LengthUnit.CHARACTERS.describe(LengthUnit.CHARACTERS.measure(otherText)) + ")");
  }

  @Override
  public String toString() {
    return name();
  }
}
