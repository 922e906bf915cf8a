package io.instruct4j.filters.quality;

import static io.instruct4j.filters.quality.Examples.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BlockedWordsFilterTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("as an AI language model", "As an  AI\nlanguage model, I cannot.",
            "output contains blocked word 'as an AI language model'"),
        arguments("ai", "She said hello.", ""),
        arguments("ai", "Ask the AI.", "output contains blocked word 'ai'"),
        arguments("ai", "AI-generated text", "output contains blocked word 'ai'"),
        arguments("ai", "ＡＩ助手可以帮忙。", "output contains blocked word 'ai'"),
        arguments("python", "pythonic code", ""),
        arguments("python", "我们用Python写代码。", "output contains blocked word 'python'"),
        arguments("人工智能", "我是一个人工智能助手。", "output contains blocked word '人工智能'"),
        arguments("人工智能", "我是一个助手。", ""),
        arguments("c++", "I like C++ a lot.", "output contains blocked word 'c++'"),
        arguments("c++", "abc++ is not a language.", ""),
        arguments("Ünicode", "ÜNICODE everywhere", "output contains blocked word 'Ünicode'"));
  }

  @ParameterizedTest(name = "[{0}] \"{1}\" -> \"{2}\"")
  @MethodSource("cases")
  void should_match_case_insensitively_on_latin_word_boundaries_and_cjk_substrings(
      String word, String output, String expected) {
    QualityFilter unit = QualityFilters.blockedWords(word);

    assertThat(Examples.verdict(unit, Examples.output(output))).isEqualTo(expected);
  }

  @Test
  void should_search_only_the_configured_fields_in_field_order() {
    QualityFilter outputOnly = QualityFilters.blockedWords(List.of("image"), EnumSet.of(ExampleField.OUTPUT));
    QualityFilter all = QualityFilters.blockedWords("image", "sorry");

    var describeImage = example("Describe the image.", "", "Sorry, I cannot see it.");
    assertThat(Examples.verdict(outputOnly, describeImage)).isEmpty();
    assertThat(Examples.verdict(all, describeImage)).isEqualTo("instruction contains blocked word 'image'");
  }

  @Test
  void should_be_named_blocklist_words() {
    assertThat(QualityFilters.blockedWords("x").name()).isEqualTo("blocklist_words");
  }

  @Test
  void should_name_the_blank_entry() {
    assertThatThrownBy(() -> QualityFilters.blockedWords("ok", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.blocklist.words[1] must not be blank, got '  '");
    assertThatThrownBy(() -> QualityFilters.blockedWords(Arrays.asList("ok", null), EnumSet.of(ExampleField.OUTPUT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.blocklist.words[1] must not be blank, got ''");
  }

  @Test
  void should_refuse_an_empty_word_list_or_field_list() {
    assertThatThrownBy(() -> QualityFilters.blockedWords(List.of(), EnumSet.of(ExampleField.OUTPUT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.blocklist.words must not be empty");
    assertThatThrownBy(() -> QualityFilters.blockedWords(List.of("x"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.blocklist.fields must name at least one of instruction, input, output");
  }
}
