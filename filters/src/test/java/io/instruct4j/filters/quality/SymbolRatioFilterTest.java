package io.instruct4j.filters.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SymbolRatioFilterTest {

  private final QualityFilter unit = QualityFilters.symbolRatio(0.2);

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("Plain text with no symbols.", ""),
        arguments("2 + 3 = 5", ""),
        arguments("It costs $5 or ¥30.", ""),
        arguments("abcd#e", ""),
        arguments("### Title ###", "output symbol ratio 1.200 (6 symbols / 5 letters or digits; maximum 0.200)"),
        arguments("好的😊", "output symbol ratio 0.500 (1 symbol / 2 letters or digits; maximum 0.200)"),
        arguments("★★★★★", "output symbol ratio 5.000 (5 symbols / 0 letters or digits; maximum 0.200)"),
        arguments("Wait… what…", "output symbol ratio 0.250 (2 symbols / 8 letters or digits; maximum 0.200)"),
        arguments("\uE000\uE001abc", "output symbol ratio 0.667 (2 symbols / 3 letters or digits; maximum 0.200)"),
        arguments("Example:\n```bash\n# comment ### ####\necho '★'\n```", ""),
        arguments("Use `#!/bin/sh ###` first", ""));
  }

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @MethodSource("cases")
  void should_reject_outputs_above_the_symbol_ratio(String output, String expected) {
    assertThat(Examples.verdict(unit, Examples.output(output))).isEqualTo(expected);
  }

  @Test
  void should_be_named_symbol_ratio() {
    assertThat(unit.name()).isEqualTo("symbol_ratio");
  }

  @Test
  void should_name_the_setting_when_the_threshold_is_invalid() {
    assertThatThrownBy(() -> QualityFilters.symbolRatio(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.symbol_ratio.max_ratio must be a finite number >= 0, got -0.1");
    assertThatThrownBy(() -> QualityFilters.symbolRatio(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.symbol_ratio.max_ratio must be a finite number >= 0, got Infinity");
  }
}
