package io.instruct4j.filters.quality;

import static io.instruct4j.filters.quality.ExampleField.INPUT;
import static io.instruct4j.filters.quality.ExampleField.INSTRUCTION;
import static io.instruct4j.filters.quality.ExampleField.OUTPUT;
import static io.instruct4j.filters.quality.LengthUnit.CHARACTERS;
import static io.instruct4j.filters.quality.LengthUnit.TOKENS;
import static io.instruct4j.filters.quality.LengthUnit.WORDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.instruct4j.core.record.Example;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LengthFilterTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments(OUTPUT, WORDS, 3, null, "Paris is nice", ""),
        arguments(OUTPUT, WORDS, 3, null, "Paris.", "output too short: 1 word (minimum 3)"),
        arguments(OUTPUT, WORDS, 3, null, "Hello   world", "output too short: 2 words (minimum 3)"),
        arguments(OUTPUT, WORDS, null, 2, "one two three", "output too long: 3 words (maximum 2)"),
        arguments(OUTPUT, WORDS, 3, null, "巴黎是法国的首都。", "output too short: 1 word (minimum 3)"),
        arguments(OUTPUT, TOKENS, 3, null, "巴黎是法国的首都。", ""),
        arguments(OUTPUT, TOKENS, 3, null, "巴黎。", "output too short: 2 tokens (minimum 3)"),
        arguments(OUTPUT, CHARACTERS, null, 5, "  巴黎是法国的首都。 ", "output too long: 9 characters (maximum 5)"),
        arguments(OUTPUT, CHARACTERS, 2, null, "😀", "output too short: 1 character (minimum 2)"),
        arguments(OUTPUT, TOKENS, 1, null, "", "output too short: 0 tokens (minimum 1)"),
        arguments(INSTRUCTION, TOKENS, null, 5, "用Python写一个函数", "instruction too long: 7 tokens (maximum 5)"),
        arguments(INSTRUCTION, TOKENS, 7, 7, "用Python写一个函数", ""),
        arguments(INPUT, TOKENS, 2, null, "", ""),
        arguments(INPUT, TOKENS, 2, null, "x", "input too short: 1 token (minimum 2)"),
        arguments(INPUT, WORDS, null, 0, "some input", "input too long: 2 words (maximum 0)"));
  }

  @ParameterizedTest(name = "{0} {1} [{2}, {3}] \"{4}\" -> \"{5}\"")
  @MethodSource("cases")
  void should_accept_or_reject_by_bounds(
      ExampleField field, LengthUnit lengthUnit, Integer min, Integer max, String text, String expected) {
    QualityFilter unit = QualityFilters.length(field, lengthUnit, min, max);
    Example example = switch (field) {
      case INSTRUCTION -> Examples.example(text, "", "An answer.");
      case INPUT -> Examples.example("Summarize the text.", text, "An answer.");
      case OUTPUT -> Examples.output(text);
    };

    assertThat(Examples.verdict(unit, example)).isEqualTo(expected);
  }

  @Test
  void should_be_named_after_the_field() {
    assertThat(QualityFilters.instructionLength(WORDS, 1, null).name()).isEqualTo("instruction_length");
    assertThat(QualityFilters.inputLength(CHARACTERS, null, 10).name()).isEqualTo("input_length");
    assertThat(QualityFilters.outputLength(1, 10).name()).isEqualTo("output_length");
  }

  @Test
  void should_measure_the_two_argument_output_length_in_tokens() {
    QualityFilter unit = QualityFilters.outputLength(3, null);

    assertThat(Examples.verdict(unit, Examples.output("巴黎。"))).isEqualTo("output too short: 2 tokens (minimum 3)");
  }

  static Stream<Arguments> invalidBounds() {
    return Stream.of(
        arguments(OUTPUT, WORDS, -1, null, "curate.quality.output_length.min_words must be >= 0, got -1"),
        arguments(INPUT, TOKENS, null, -5, "curate.quality.input_length.max_tokens must be >= 0, got -5"),
        arguments(INSTRUCTION, CHARACTERS, 10, 5,
            "curate.quality.instruction_length.max_chars must be >= min_chars (10), got 5"),
        arguments(OUTPUT, TOKENS, null, null, "curate.quality.output_length.min_tokens and "
            + "curate.quality.output_length.max_tokens are both unset: give at least one bound"));
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("invalidBounds")
  void should_name_the_setting_when_a_bound_is_invalid(
      ExampleField field, LengthUnit unit, Integer min, Integer max, String message) {
    assertThatThrownBy(() -> QualityFilters.length(field, unit, min, max))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
