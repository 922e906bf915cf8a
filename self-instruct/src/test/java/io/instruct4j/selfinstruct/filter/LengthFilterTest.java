package io.instruct4j.selfinstruct.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LengthFilterTest {

  @ParameterizedTest(name = "en \"{0}\"")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "Write a poem.|too short: 3 words (minimum 4)",
      "Write a short poem.|NONE",
      "Name - color|too short: 3 words (minimum 4)",
      "Name - a color|NONE",
  })
  void should_measure_english_length_in_whitespace_words(String instruction, String reason) {
    LengthFilter unit = LengthFilter.defaults("en");

    assertThat(unit.reject(instruction)).isEqualTo(Optional.ofNullable(reason));
  }

  @Test
  void should_reject_english_instructions_over_150_words() {
    LengthFilter unit = LengthFilter.defaults("en");

    assertThat(unit.reject(" \t ")).contains("too short: 0 words (minimum 4)");
    assertThat(unit.reject("word ".repeat(150))).isEmpty();
    assertThat(unit.reject("word ".repeat(151))).contains("too long: 151 words (maximum 150)");
  }

  @ParameterizedTest(name = "zh \"{0}\"")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "写一首诗|too short: 4 characters (minimum 6)",
      "翻译这句话。|too short: 5 characters (minimum 6)",
      "写一首关于秋天的诗。|NONE",
      "用Python写冒泡排序|NONE",
      "解释 AI|too short: 3 characters (minimum 6)",
      "解释 AI 是什么|NONE",
  })
  void should_count_chinese_length_in_characters(String instruction, String reason) {
    LengthFilter unit = LengthFilter.defaults("zh");

    assertThat(unit.reject(instruction)).isEqualTo(Optional.ofNullable(reason));
  }

  @Test
  void should_count_cjk_characters_and_latin_runs_as_one_unit_each() {
    LengthFilter unit = LengthFilter.defaults("zh");

    assertThat(unit.count("用Python 3写一个函数，计算2024年的天数。")).isEqualTo(15);
    assertThat(unit.reject("字".repeat(301))).contains("too long: 301 characters (maximum 300)");
  }

  @Test
  void should_use_configured_bounds() {
    LengthFilter unit = new LengthFilter("en", 2, 5);

    assertThat(unit.reject("Summarize this.")).isEmpty();
    assertThat(unit.reject("Summarize.")).contains("too short: 1 words (minimum 2)");
    assertThat(unit.reject("one two three four five six")).contains("too long: 6 words (maximum 5)");
  }

  @Test
  void should_refuse_invalid_length_settings() {
    assertThatThrownBy(() -> new LengthFilter("en", 0, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minimum length must be at least 1, got 0");
    assertThatThrownBy(() -> new LengthFilter("en", 10, 9))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maximum length 9 is below the minimum 10");
    assertThatThrownBy(() -> LengthFilter.defaults("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instruction filters support languages en and zh, got 'fr'");
  }
}
