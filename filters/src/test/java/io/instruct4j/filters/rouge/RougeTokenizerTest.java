package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RougeTokenizerTest {

  private final RougeTokenizer unit = RougeTokenizer.plain();

  @Test
  void should_lowercase_and_split_on_punctuation_like_rouge_score() {
    assertThat(unit.tokenize("Hello, World! It's 2024."))
        .containsExactly("hello", "world", "it", "s", "2024");
    assertThat(unit.tokenize("e-mail_address:\tfoo@bar.com\n(v2.0)"))
        .containsExactly("e", "mail", "address", "foo", "bar", "com", "v2", "0");
  }

  @Test
  void should_give_the_same_tokens_on_the_ascii_path_as_on_the_general_one() {
    SplittableRandom random = new SplittableRandom(3);
    for (RougeTokenizer tokenizer : List.of(RougeTokenizer.plain(), RougeTokenizer.porterStemming())) {
      for (int round = 0; round < 2000; round++) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(60); i > 0; i--) {
          text.append((char) random.nextInt(128)); // letters, digits, punctuation, controls
        }
        // A trailing no-break space makes the text non-ASCII (the general path) and is a separator.
        assertThat(tokenizer.tokenize(text.toString())).as("'%s'", text)
            .isEqualTo(tokenizer.tokenize(text + "\u00A0"));
      }
    }
  }

  @Test
  void should_return_no_tokens_for_blank_or_punctuation_only_text() {
    assertThat(unit.tokenize("")).isEmpty();
    assertThat(unit.tokenize("  ?!... --- ")).isEmpty();
    assertThat(unit.tokenize("，。！？")).isEmpty();
  }

  @Test
  void should_make_each_chinese_character_a_token() {
    assertThat(unit.tokenize("写一首关于春天的诗。"))
        .containsExactly("写", "一", "首", "关", "于", "春", "天", "的", "诗");
    assertThat(unit.tokenize("你好，世界！")).containsExactly("你", "好", "世", "界");
  }

  @Test
  void should_split_mixed_chinese_and_latin_text_at_script_boundaries() {
    assertThat(unit.tokenize("用Python写一个函数"))
        .containsExactly("用", "python", "写", "一", "个", "函", "数");
    assertThat(unit.tokenize("第3章 GPT-4介绍"))
        .containsExactly("第", "3", "章", "gpt", "4", "介", "绍");
  }

  @Test
  void should_tokenize_extension_a_kana_and_hangul_per_character() {
    assertThat(unit.tokenize("\u3400a")).containsExactly("\u3400", "a");
    assertThat(unit.tokenize("コーヒーを飲む")).containsExactly("コ", "ー", "ヒ", "ー", "を", "飲", "む");
    assertThat(unit.tokenize("안녕 하세요")).containsExactly("안", "녕", "하", "세", "요");
  }

  @Test
  void should_normalize_fullwidth_letters_and_digits_to_ascii() {
    assertThat(unit.tokenize("ＡＢＣ１２３ ｄｅｆ")).containsExactly("abc123", "def");
    // Halfwidth katakana become ordinary katakana under NFKC.
    assertThat(unit.tokenize("ｶﾀ")).containsExactly("カ", "タ");
  }

  @Test
  void should_keep_other_unicode_letters_inside_words() {
    // Deliberate deviation: rouge_score would give [caf, m, ller] and drop Cyrillic entirely.
    assertThat(unit.tokenize("Café Müller")).containsExactly("café", "müller");
    assertThat(unit.tokenize("Привет, мир!")).containsExactly("привет", "мир");
  }

  @Test
  void should_not_stem_by_default() {
    assertThat(unit.stemming()).isFalse();
    assertThat(unit.tokenize("The cats were running")).containsExactly("the", "cats", "were", "running");
  }

  @Test
  void should_stem_only_ascii_tokens_longer_than_three_characters() {
    RougeTokenizer stemming = RougeTokenizer.porterStemming();

    assertThat(stemming.stemming()).isTrue();
    assertThat(stemming.tokenize("The cats was running quickly, tasks Привет classes"))
        .containsExactly("the", "cat", "was", "run", "quickli", "task", "привет", "class");
  }

  @Test
  void should_reject_null_text() {
    assertThatThrownBy(() -> unit.tokenize(null)).isInstanceOf(NullPointerException.class);
  }
}
