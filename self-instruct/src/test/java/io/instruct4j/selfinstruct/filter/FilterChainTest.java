package io.instruct4j.selfinstruct.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.selfinstruct.SelfInstructConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterChainTest {

  @Test
  void should_return_the_first_failing_filter_in_the_papers_order() {
    FilterChain unit = PaperFilters.forLanguage("en");

    assertThat(unit.names()).containsExactly(
        "length", "blocklist", "write_a_program", "leading_punctuation", "leading_character");
    assertThat(unit.check("Draw a map.")).contains(new FilterRejection("length", "too short: 3 words (minimum 4)"));
    assertThat(unit.check("Draw a map of Europe.")).contains(new FilterRejection("blocklist", "contains blocklisted term 'map'"));
    assertThat(unit.check("Write a program that sorts numbers."))
        .contains(new FilterRejection("write_a_program", "starts with 'Write a program'"));
    assertThat(unit.check("- Name three primary colors."))
        .contains(new FilterRejection("leading_punctuation", "starts with punctuation '-' (U+002D)"));
    assertThat(unit.check("Ébauche a short plan for the week."))
        .contains(new FilterRejection("leading_character", "starts with non-ASCII character 'É' (U+00C9)"));
    assertThat(unit.check("Name three primary colors.")).isEmpty();
  }

  @Test
  void should_apply_chinese_defaults_with_book_title_exemption() {
    FilterChain unit = PaperFilters.forLanguage("zh");

    assertThat(unit.check("《红楼梦》的作者是谁？请简要介绍。")).isEmpty();
    assertThat(unit.check("写一首诗")).contains(new FilterRejection("length", "too short: 4 characters (minimum 6)"));
    assertThat(unit.check("描述这张照片里的人在做什么。")).contains(new FilterRejection("blocklist", "contains blocklisted term '照片'"));
    assertThat(unit.check("写一个程序，找出列表中的最大值。"))
        .contains(new FilterRejection("write_a_program", "starts with '写一个程序'"));
    assertThat(unit.check("、列出三种常见的水果。"))
        .contains(new FilterRejection("leading_punctuation", "starts with punctuation '、' (U+3001)"));
  }

  @Test
  void should_take_bounds_and_extra_terms_from_settings() {
    FilterChain unit = PaperFilters.forLanguage("en", 2, 6, List.of("spreadsheet"));

    assertThat(unit.check("Summarize it.")).isEmpty();
    assertThat(unit.check("Summarize the spreadsheet.")).contains(new FilterRejection("blocklist", "contains blocklisted term 'spreadsheet'"));
    assertThat(unit.check("Summarize the article in three short sentences."))
        .contains(new FilterRejection("length", "too long: 7 words (maximum 6)"));
  }

  @Test
  void should_refuse_two_filters_with_one_name() {
    assertThatThrownBy(() -> new FilterChain(List.of(LengthFilter.defaults("en"), new LengthFilter("en", 1, 2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("filter name 'length' appears twice in the chain");
  }

  @Test
  void should_build_the_default_chain_from_a_default_config() {
    FilterChain unit = PaperFilters.fromConfig(SelfInstructConfig.defaults(), "zh");

    assertThat(unit.check("写一首诗")).contains(new FilterRejection("length", "too short: 4 characters (minimum 6)"));
    assertThat(unit.check("为这段音乐写一段评论。")).contains(new FilterRejection("blocklist", "contains blocklisted term '音乐'"));
    assertThatThrownBy(() -> PaperFilters.fromConfig(SelfInstructConfig.defaults(), "de"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instruction filters support languages en and zh, got 'de'");
  }
}
