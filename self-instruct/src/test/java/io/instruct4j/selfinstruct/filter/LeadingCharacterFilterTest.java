package io.instruct4j.selfinstruct.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadingCharacterFilterTest {

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "en|Name a color.|NONE",
      "en|3 ways to relax.|NONE",
      "en|Über alles: translate it.|starts with non-ASCII character 'Ü' (U+00DC)",
      "en|写一首诗。|starts with non-ASCII character '写' (U+5199)",
      "en|🚀 Launch plan.|starts with non-ASCII character '🚀' (U+1F680)",
      "zh|写一首诗。|NONE",
      "zh|Python中的列表推导式是什么？|NONE",
      "zh|3种放松的方法。|NONE",
      "zh|🚀 发射计划。|starts with a character that is not a letter or digit: '🚀' (U+1F680)",
      "zh|《红楼梦》的作者是谁？|starts with a character that is not a letter or digit: '《' (U+300A)",
  })
  void should_require_a_letter_of_the_language_first(String language, String instruction, String reason) {
    LeadingCharacterFilter unit = new LeadingCharacterFilter(language, "");

    assertThat(unit.reject(instruction)).isEqualTo(Optional.ofNullable(reason));
  }
}
