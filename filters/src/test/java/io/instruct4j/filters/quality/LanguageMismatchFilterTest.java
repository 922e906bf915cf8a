package io.instruct4j.filters.quality;

import static io.instruct4j.filters.quality.Examples.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageMismatchFilterTest {

  private static final String ZH = "法国的首都是哪里？请详细说明。";

  static Stream<Arguments> auto() {
    return Stream.of(
        arguments(ZH, "", "The capital of France is Paris.",
            "output script en (0 Han characters, 6 Latin words) differs from instruction script zh"),
        arguments(ZH, "", "法国的首都是巴黎。", ""),
        arguments(ZH, "", "使用 Python 的 pandas 库读取 CSV 文件。", ""),
        arguments("写一个Python函数计算阶乘。", "",
            "```python\ndef fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\n```", ""),
        arguments("写一个Python函数。", "", "```python\ndef f(): pass\n```\nThis function does nothing at all.",
            "output script en (0 Han characters, 6 Latin words) differs from instruction script zh"),
        arguments("写一个Python函数。", "", "```python\ndef f(): pass\n```\n这个函数什么都不做。", ""),
        arguments("计算 12 乘以 34。", "", "408 = 12 × 34", ""),
        arguments(ZH, "", "Paris", ""),
        arguments(ZH, "", "详见 https://docs.python.org/3/library/index.html", ""),
        arguments(ZH, "", "Привет, как дела?", ""),
        arguments("What is the capital of France?", "", "法国的首都是巴黎。",
            "output script zh (8 Han characters, 0 Latin words) differs from instruction script en"),
        arguments("Explain `git rebase` briefly.", "", "It replays your commits: `git rebase main`.", ""),
        arguments("把下面的句子翻译成英文。", "我爱你。", "I love you very much.", ""),
        arguments("Answer in Chinese: what is two plus two?", "", "二加二等于四。", ""),
        arguments("解释 the word 你好 in context", "", "It is a common greeting.", ""),
        arguments("Summarize the text.", "这是一段很长的中文文本。", "This is a long Chinese text.", ""));
  }

  @ParameterizedTest(name = "\"{0}\" / \"{2}\" -> \"{3}\"")
  @MethodSource("auto")
  void should_follow_the_instruction_script_in_auto_mode(
      String instruction, String input, String output, String expected) {
    QualityFilter unit = QualityFilters.languageMismatch("auto");

    assertThat(Examples.verdict(unit, example(instruction, input, output))).isEqualTo(expected);
  }

  static Stream<Arguments> fixed() {
    return Stream.of(
        arguments("zh", "What is AI?", "人工智能是一门科学。",
            "instruction script en (0 Han characters, 3 Latin words) differs from expected zh"),
        arguments("zh", "介绍一下你自己。", "I am a helpful assistant.",
            "output script en (0 Han characters, 5 Latin words) differs from expected zh"),
        arguments("zh", "翻译成英文：我爱你", "I love you", ""),
        arguments("zh", "介绍一下你自己。", "我是一个乐于助人的助手，擅长 Python。", ""),
        arguments("en", "Describe the weather.", "今天天气很好。",
            "output script zh (6 Han characters, 0 Latin words) differs from expected en"),
        arguments("en", "Describe the weather.", "Sunny, 25 degrees.", ""));
  }

  @ParameterizedTest(name = "{0}: \"{1}\" / \"{2}\" -> \"{3}\"")
  @MethodSource("fixed")
  void should_require_the_expected_script_of_instruction_and_output(
      String expected, String instruction, String output, String reason) {
    QualityFilter unit = QualityFilters.languageMismatch(expected);

    assertThat(Examples.verdict(unit, example(instruction, "", output))).isEqualTo(reason);
  }

  @Test
  void should_not_judge_texts_below_the_minimum_token_count() {
    var shortAnswer = example(ZH, "", "Paris, France");

    assertThat(Examples.verdict(QualityFilters.languageMismatch("auto", 3), shortAnswer)).isEmpty();
    assertThat(Examples.verdict(QualityFilters.languageMismatch("auto", 2), shortAnswer))
        .isEqualTo("output script en (0 Han characters, 2 Latin words) differs from instruction script zh");
  }

  @Test
  void should_be_named_language_mismatch() {
    assertThat(QualityFilters.languageMismatch("auto").name()).isEqualTo("language_mismatch");
  }

  @Test
  void should_name_the_setting_when_the_expected_language_or_minimum_is_invalid() {
    assertThatThrownBy(() -> QualityFilters.languageMismatch("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.language.expected must be auto, en or zh, got 'fr'");
    assertThatThrownBy(() -> QualityFilters.languageMismatch("auto", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.language.min_tokens must be >= 1, got 0");
  }
}
