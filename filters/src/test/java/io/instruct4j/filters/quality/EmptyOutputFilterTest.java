package io.instruct4j.filters.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmptyOutputFilterTest {

  private final QualityFilter unit = QualityFilters.emptyOutput();

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                 | output is empty",
      "\"   \"              | output is blank: 3 whitespace or invisible characters",
      "\"\u3000\"           | output is blank: 1 whitespace or invisible character",
      "\"\u00A0\u200B\n\"   | output is blank: 3 whitespace or invisible characters",
      "0                    | \"\"",
      "。                   | \"\"",
  })
  void should_reject_outputs_with_nothing_visible(String output, String expected) {
    assertThat(Examples.verdict(unit, Examples.output(output))).isEqualTo(expected);
  }

  @Test
  void should_be_named_empty_output() {
    assertThat(unit.name()).isEqualTo("empty_output");
  }
}
