package io.instruct4j.selfqa.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text, 0, text.length()).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void should_split_english_at_terminal_marks_but_not_at_abbreviations_or_decimals() {
    assertThat(sentences("Dr. Smith bought 3.5 kWh, e.g. for nights. It works!! Really?  Yes."))
        .containsExactly("Dr. Smith bought 3.5 kWh, e.g. for nights.", "It works!!", "Really?", "Yes.");
  }

  @Test
  void should_keep_closing_quotes_with_their_sentence() {
    assertThat(sentences("He said \"stop.\" Then he left. (See page 4.) Done"))
        .containsExactly("He said \"stop.\"", "Then he left.", "(See page 4.)", "Done");
  }

  @Test
  void should_split_chinese_without_spaces() {
    assertThat(sentences("第一条 本规定适用于家用储能系统。安装前是否需要许可？需要！“禁止私拉电线。”其余照旧"))
        .containsExactly("第一条 本规定适用于家用储能系统。", "安装前是否需要许可？", "需要！", "“禁止私拉电线。”", "其余照旧");
  }

  @Test
  void should_start_a_sentence_at_each_list_item() {
    assertThat(sentences("Before you start:\n- switch off the breaker\n- wear gloves\n2. check the cable"))
        .containsExactly("Before you start:", "- switch off the breaker", "- wear gloves", "2. check the cable");
  }
}
