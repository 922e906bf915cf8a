package io.instruct4j.selfinstruct.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartsWithFilterTest {

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "en|Write a program to reverse a string.|starts with 'Write a program'",
      "en|write a program that prints primes.|starts with 'Write a program'",
      "en|Write a programming joke.|starts with 'Write a program'",
      "en|Write a poem about programs.|NONE",
      "en|Explain how to write a program.|NONE",
      "zh|编写一个程序，计算斐波那契数列。|starts with '编写一个程序'",
      "zh|写一个程序判断闰年。|starts with '写一个程序'",
      "zh|Write a program in Python.|starts with 'Write a program'",
      "zh|解释如何写一个程序。|NONE",
  })
  void should_reject_write_a_program_prefixes(String language, String instruction, String reason) {
    StartsWithFilter unit = StartsWithFilter.writeAProgram(language);

    assertThat(unit.reject(instruction)).isEqualTo(Optional.ofNullable(reason));
    assertThat(unit.name()).isEqualTo("write_a_program");
  }

  @Test
  void should_refuse_a_starts_with_filter_without_prefixes() {
    assertThatThrownBy(() -> new StartsWithFilter("x", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("starts-with filter 'x' has no prefixes");
  }
}
