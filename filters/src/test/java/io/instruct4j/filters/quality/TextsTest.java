package io.instruct4j.filters.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void should_make_each_cjk_character_a_token_and_each_latin_word_one() {
    assertThat(Texts.tokens("用Python写代码!")).containsExactly("用", "python", "写", "代", "码");
    assertThat(Texts.tokens("第3章 GPT-4介绍")).containsExactly("第", "3", "章", "gpt", "4", "介", "绍");
    assertThat(Texts.tokens("コーヒー 안녕")).containsExactly("コ", "ー", "ヒ", "ー", "안", "녕");
  }

  @Test
  void should_split_on_punctuation_and_keep_accented_letters_in_words() {
    assertThat(Texts.tokens("Don't stop, Café Müller!")).containsExactly("don", "t", "stop", "café", "müller");
    assertThat(Texts.tokens("，。！？ --- ...")).isEmpty();
  }

  @Test
  void should_count_words_as_whitespace_separated_runs() {
    assertThat(Texts.words("  Hello,   world!\n-- ok ")).isEqualTo(4);
    assertThat(Texts.words("巴黎是法国的首都。")).isEqualTo(1);
    assertThat(Texts.words("\u3000")).isZero();
  }

  @Test
  void should_count_characters_as_code_points_inside_surrounding_whitespace() {
    assertThat(Texts.characters("  巴黎 😀\n")).isEqualTo(4);
    assertThat(Texts.characters("\u3000\u00A0")).isZero();
  }

  @Test
  void should_treat_unicode_spaces_and_zero_width_characters_as_blank() {
    assertThat(Texts.isBlank(" \t\n\u00A0\u3000\u200B\uFEFF")).isTrue();
    assertThat(Texts.isBlank("。")).isFalse();
  }

  @Test
  void should_collapse_whitespace_runs_and_trim() {
    assertThat(Texts.normalizeWhitespace("\u3000 He  go\n\tto school. ")).isEqualTo("He go to school.");
  }
}
