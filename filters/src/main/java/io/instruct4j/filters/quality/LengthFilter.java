package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.util.Objects;
import java.util.Optional;

/**
 * Rejects an example whose field is shorter than {@code min} or longer than {@code max} in one
 * unit; either bound may be null (unbounded). The input is only measured when it is not blank:
 * an empty input means the task takes none, which is legitimate whatever the bounds say.
 */
final class LengthFilter implements QualityFilter {

  private static final long serialVersionUID = 1L;

  private final ExampleField field;
  private final LengthUnit unit;
  private final Integer min;
  private final Integer max;

  LengthFilter(ExampleField field, LengthUnit unit, Integer min, Integer max) {
    this.field = Objects.requireNonNull(field, "field");
    this.unit = Objects.requireNonNull(unit, "unit");
    String section = field.key() + "_length";
    String minKey = Settings.key(section, "min_" + unit.configSuffix());
    String maxKey = Settings.key(section, "max_" + unit.configSuffix());
    if (min == null && max == null) {
      throw new IllegalArgumentException(minKey + " and " + maxKey + " are both unset: give at least one bound");
    }
    if (min != null) {
      Settings.atLeast(minKey, min, 0);
    }
    if (max != null) {
      Settings.atLeast(maxKey, max, 0);
      if (min != null && max < min) {
        throw new IllegalArgumentException(
            maxKey + " must be >= min_" + unit.configSuffix() + " (" + min + "), got " + max);
      }
    }
    this.min = min;
    this.max = max;
  }

  @Override
  public String name() {
    return field.key() + "_length";
  }

  @Override
  public Optional<String> reject(Example example) {
    String text = field.of(example);
    if (field == ExampleField.INPUT && Texts.isBlank(text)) {
      return Optional.empty();
    }
    int length = unit.measure(text);
    if (min != null && length < min) {
      return Optional.of(field.key() + " too short: " + unit.describe(length) + " (minimum " + min + ")");
    }
    if (max != null && length > max) {
      return Optional.of(field.key() + " too long: " + unit.describe(length) + " (maximum " + max + ")");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name() + "[" + unit.configSuffix() + " " + min + ".." + max + "]";
  }
}
