package io.instruct4j.filters.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ＨＥＬＬＯ　Ｗｏｒｌｄ１２３                | hello world123
      Hello, World!                            | hello world
      '  Tabs\tand\n\nnew   lines  '           | tabs and new lines
      你好，世界！这是“测试”。                   | 你好世界这是测试
      请问、是吗？「对」《书》……                 | 请问是吗对书
      你好 世界                                 | 你好世界
      Hello 世界                                | hello 世界
      ﾃｽﾄ ｶﾀｶﾅ                                  | テストカタカナ
      ﬁle\u200Bname                            | filename
      (a+b) = $5 ~ 100%, x^2 < y `z`          | a+b = $5 ~ 100 x^2 < y `z`
      "e-mail, don't; U.S.A. [1] {2} _3_ @4 #5" | e mail don t u s a 1 2 3 4 5
      Ｈｅｌｌｏ，Ｗｏｒｌｄ！                     | hello world
      Ⅻ ＭＩＸＥＤ Ｃａｓｅ                       | xii mixed case
      ？！。...                                  | ''
      """)
  void should_fold_width_case_punctuation_and_whitespace(String text, String expected) {
    assertThat(TextNormalizer.normalize(unescape(text))).isEqualTo(expected);
  }

  @Test
  void should_treat_every_ascii_character_as_its_unicode_category_says() {
    for (char c = 0; c < 0x80; c++) {
      int type = Character.getType(c);
      boolean punctuation = type == Character.CONNECTOR_PUNCTUATION
          || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
          || type == Character.END_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      String expected = punctuation || space ? "" : String.valueOf(Character.toLowerCase(c));
      assertThat(TextNormalizer.normalize(String.valueOf(c)))
          .as("U+%04X", (int) c)
          .isEqualTo(expected);
    }
  }

  @Test
  void should_lower_case_the_same_way_whatever_the_default_locale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      // A Turkish default locale would turn I into dotless ı with String.toLowerCase().
      assertThat(TextNormalizer.normalize("TITLE")).isEqualTo("title");
    } finally {
      Locale.setDefault(saved);
    }
  }

  /** CsvSource cannot hold tabs, newlines or zero-width spaces literally; the table spells them out. */
  private static String unescape(String text) {
    return text.replace("\\t", "\t").replace("\\n", "\n").replace("\\u200B", "\u200B");
  }
}
