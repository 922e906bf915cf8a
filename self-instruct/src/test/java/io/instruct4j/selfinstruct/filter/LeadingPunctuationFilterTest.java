package io.instruct4j.selfinstruct.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadingPunctuationFilterTest {

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', nullValues = "NONE", quoteCharacter = '\'', value = {
      "- Name a color.|starts with punctuation '-' (U+002D)",
      "\"Hello\" in French?|starts with punctuation '\"' (U+0022)",
      "$5 gifts for kids.|starts with punctuation '$' (U+0024)",
      "（续）写下去。|starts with punctuation '（' (U+FF08)",
      "＋加一个数。|starts with punctuation '＋' (U+FF0B)",
      "。写一首诗。|starts with punctuation '。' (U+3002)",
      "…and then explain it.|starts with punctuation '…' (U+2026)",
      "Name a color.|NONE",
      "写一首诗。|NONE",
      "3 ways to relax.|NONE",
  })
  void should_reject_a_leading_punctuation_mark(String instruction, String reason) {
    LeadingPunctuationFilter unit = new LeadingPunctuationFilter("");

    assertThat(unit.reject(instruction)).isEqualTo(Optional.ofNullable(reason));
  }

  @Test
  void should_let_exempt_marks_start_an_instruction() {
    LeadingPunctuationFilter unit = new LeadingPunctuationFilter("《“");

    assertThat(unit.reject("《红楼梦》的作者是谁？")).isEmpty();
    assertThat(unit.reject("“内卷”一词是什么意思？")).isEmpty();
    assertThat(unit.reject("「内卷」一词是什么意思？")).contains("starts with punctuation '「' (U+300C)");
  }
}
