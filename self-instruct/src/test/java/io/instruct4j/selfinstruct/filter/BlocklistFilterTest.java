package io.instruct4j.selfinstruct.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlocklistFilterTest {

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "Describe the image in detail.|contains blocklisted term 'image'",
      "Describe the IMAGES below.|contains blocklisted term 'images'",
      "Go to the store and buy milk.|contains blocklisted term 'go to'",
      "Explain how to   go\tto the airport.|contains blocklisted term 'go to'",
      "Draw a cat.|contains blocklisted term 'draw'",
      "Summarize the music review.|contains blocklisted term 'music'",
      "Create a flowchart for login.|contains blocklisted term 'flowchart'",
      "Explain the imagery in this poem.|NONE",
      "Name a mapping between two sets.|NONE",
      "Describe a drawback of remote work.|NONE",
      "Give the profile of a good leader.|NONE",
      "Explain why cargo took long to ship.|NONE",
  })
  void should_match_english_terms_as_whole_words(String instruction, String reason) {
    BlocklistFilter unit = BlocklistFilter.defaults("en", List.of());

    assertThat(unit.reject(instruction)).isEqualTo(Optional.ofNullable(reason));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "描述这张图片中的内容。|contains blocklisted term '图片'",
      "根据下面的地图规划路线。|contains blocklisted term '地图'",
      "为这个流程绘制一张流程图。|contains blocklisted term '绘制'",
      "用map函数把列表中的数平方。|contains blocklisted term 'map'",
      "总结这段视频的要点。|contains blocklisted term '视频'",
      "解释这首诗表达的情感。|NONE",
      "给下面的文章起一个标题。|NONE",
  })
  void should_match_chinese_terms_as_substrings(String instruction, String reason) {
    BlocklistFilter unit = BlocklistFilter.defaults("zh", List.of());

    assertThat(unit.reject(instruction)).isEqualTo(Optional.ofNullable(reason));
  }

  @Test
  void should_add_configured_terms_and_refuse_blank_ones() {
    BlocklistFilter unit = BlocklistFilter.defaults("en", List.of("spreadsheet", "web page"));

    assertThat(unit.reject("Fill in the spreadsheet.")).contains("contains blocklisted term 'spreadsheet'");
    assertThat(unit.reject("Summarize the Web  Page.")).contains("contains blocklisted term 'web page'");
    assertThat(unit.terms()).hasSize(20);
    assertThatThrownBy(() -> new BlocklistFilter(List.of("image", " ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("blocklist term 2 is blank: ' '");
  }
}
