package io.instruct4j.filters.quality;

import static io.instruct4j.filters.quality.Examples.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RepeatedNgramFilterTest {

  private final QualityFilter unit = QualityFilters.repeatedNgrams(3, 0.3);

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("The cat sat on the mat.", ""),
        arguments("yes yes", ""),
        arguments("yes yes yes yes yes", "output repeated 3-gram ratio 0.667 (2 of 3 3-grams repeat; maximum 0.300)"),
        arguments("I like it. I like it. I like it. I like it.",
            "output repeated 3-gram ratio 0.700 (7 of 10 3-grams repeat; maximum 0.300)"),
        arguments("我爱你我爱你我爱你", "output repeated 3-gram ratio 0.571 (4 of 7 3-grams repeat; maximum 0.300)"),
        arguments("春天来了，花儿开了，小鸟在唱歌。", ""),
        arguments("Here is HTML:\n```html\n<tr><td>1</td></tr>\n<tr><td>1</td></tr>\n<tr><td>1</td></tr>\n```", ""));
  }

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @MethodSource("cases")
  void should_reject_outputs_above_the_repeated_trigram_ratio(String output, String expected) {
    assertThat(Examples.verdict(unit, Examples.output(output))).isEqualTo(expected);
  }

  @Test
  void should_accept_a_ratio_equal_to_the_maximum() {
    var output = Examples.output("a a b b");

    assertThat(Examples.verdict(QualityFilters.repeatedNgrams(1, 0.5), output)).isEmpty();
    assertThat(Examples.verdict(QualityFilters.repeatedNgrams(1, 0.49), output))
        .isEqualTo("output repeated 1-gram ratio 0.500 (2 of 4 1-grams repeat; maximum 0.490)");
  }

  @Test
  void should_measure_only_the_configured_fields() {
    QualityFilter instructions = QualityFilters.repeatedNgrams(2, 0.3, EnumSet.of(ExampleField.INSTRUCTION));
    var loop = example("write write write write", "", "ok ok ok ok");

    assertThat(Examples.verdict(instructions, loop))
        .isEqualTo("instruction repeated 2-gram ratio 0.667 (2 of 3 2-grams repeat; maximum 0.300)");
    assertThat(Examples.verdict(instructions, example("Write a poem.", "", "ok ok ok ok"))).isEmpty();
  }

  @Test
  void should_be_named_repeated_ngrams() {
    assertThat(unit.name()).isEqualTo("repeated_ngrams");
  }

  @Test
  void should_name_the_setting_when_a_threshold_is_invalid() {
    assertThatThrownBy(() -> QualityFilters.repeatedNgrams(0, 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.repeated_ngrams.n must be >= 1, got 0");
    assertThatThrownBy(() -> QualityFilters.repeatedNgrams(3, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.repeated_ngrams.max_ratio must be between 0 and 1, got 1.5");
    assertThatThrownBy(() -> QualityFilters.repeatedNgrams(3, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.repeated_ngrams.max_ratio must be between 0 and 1, got NaN");
  }
}
