package io.instruct4j.filters.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShingleSketcherTest {

  private final ShingleSketcher unit = new ShingleSketcher(2, 64);

  @Test
  void should_shingle_english_by_words_ignoring_case_width_and_punctuation() {
    long[] plain = sketch("hello world again");
    long[] styled = sketch("ＨＥＬＬＯ, World!  AGAIN?");

    assertThat(plain).hasSize(2).isEqualTo(styled).isEqualTo(hashes("hello world", "world again"));
  }

  @Test
  void should_shingle_chinese_by_characters() {
    assertThat(sketch("你好，世界")).isEqualTo(hashes("你 好", "好 世", "世 界"));
  }

  @Test
  void should_count_a_repeated_shingle_once() {
    assertThat(sketch("to be or not to be")).isEqualTo(hashes("to be", "be or", "or not", "not to"));
  }

  @Test
  void should_fall_back_to_single_tokens_for_texts_shorter_than_a_shingle() {
    assertThat(sketch("Hello!")).isEqualTo(hashes("hello"));
    assertThat(unit.sketch("？！…")).isZero();
  }

  @Test
  void should_give_equal_signatures_to_equal_sets_and_fill_every_slot() {
    unit.sketch("one two three four");
    long[] first = unit.signature().clone();
    unit.sketch("ONE two, three. Four");
    long[] second = unit.signature().clone();
    long[] fresh = signatureFromNewSketcher("one two three four");

    assertThat(second).isEqualTo(first).isEqualTo(fresh);
    // 3 shingles spread over 64 buckets: densification copies them into every slot.
    assertThat(Arrays.stream(first).distinct().count()).isEqualTo(3);
  }

  @Test
  void should_agree_on_about_jaccard_of_the_slots_for_long_texts() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      a.append(" w").append(i);
      b.append(" w").append(i < 300 ? i : i + 1000); // 299 of 399 bigrams shared: 299/499 = 0.599
    }
    ShingleSketcher wide = new ShingleSketcher(2, 1024);
    wide.sketch(a.toString());
    long[] sa = wide.signature().clone();
    wide.sketch(b.toString());
    long[] sb = wide.signature();
    int equal = 0;
    for (int i = 0; i < sa.length; i++) {
      equal += sa[i] == sb[i] ? 1 : 0;
    }
    // Binomial standard deviation at 1024 slots is 0.015; allow 4 of them.
    assertThat(equal / 1024.0).isBetween(0.599 - 0.06, 0.599 + 0.06);
  }

  private long[] sketch(String text) {
    int count = unit.sketch(text);
    return Arrays.copyOf(unit.shingles(), count);
  }

  private static long[] signatureFromNewSketcher(String text) {
    ShingleSketcher other = new ShingleSketcher(2, 64);
    other.sketch(text);
    return other.signature().clone();
  }

  private static long[] hashes(String... shingles) {
    return Arrays.stream(shingles)
        .mapToLong(s -> ShingleTap.hash(s.toCharArray(), s.length()))
        .sorted()
        .toArray();
  }
}
