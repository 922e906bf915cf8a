package io.instruct4j.filters.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BlockedPatternsFilterTest {

  private static final EnumSet<ExampleField> ALL = EnumSet.allOf(ExampleField.class);

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("(?i)^sorry", "Sorry, I can't help.", "output matches blocked pattern '(?i)^sorry' at 'Sorry'"),
        arguments("^sorry", "Sorry, I can't help.", ""),
        arguments("\\d{3}-\\d{4}", "Call 555-1234 now.",
            "output matches blocked pattern '\\d{3}-\\d{4}' at '555-1234'"),
        arguments("我无法.*", "抱歉，我无法回答这个问题。", "output matches blocked pattern '我无法.*' at '我无法回答这个问题。'"),
        arguments("a+", "b".repeat(5), ""),
        arguments("a+", "x" + "a".repeat(70), "output matches blocked pattern 'a+' at '" + "a".repeat(60) + "…'"));
  }

  @ParameterizedTest(name = "/{0}/ \"{1}\" -> \"{2}\"")
  @MethodSource("cases")
  void should_reject_when_a_pattern_is_found_and_quote_the_match(String regex, String output, String expected) {
    QualityFilter unit = QualityFilters.blockedPatterns(List.of(regex), ALL);

    assertThat(Examples.verdict(unit, Examples.output(output))).isEqualTo(expected);
  }

  @Test
  void should_be_named_blocklist_regex() {
    assertThat(QualityFilters.blockedPatterns(List.of("x"), ALL).name()).isEqualTo("blocklist_regex");
  }

  @Test
  void should_name_the_setting_and_the_pattern_when_a_regex_does_not_compile() {
    assertThatThrownBy(() -> QualityFilters.blockedPatterns(List.of("ok", "(abc"), ALL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.blocklist.regex[1] is not a valid regular expression: '(abc' "
            + "(Unclosed group near index 4)");
  }

  @Test
  void should_refuse_an_empty_pattern() {
    assertThatThrownBy(() -> QualityFilters.blockedPatterns(List.of(""), ALL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.blocklist.regex[0] must not be empty");
  }
}
