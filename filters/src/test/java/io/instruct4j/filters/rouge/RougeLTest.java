package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class RougeLTest {

  private final Map<String, Integer> ids = new ConcurrentHashMap<>();

  /** Encodes text the way the scorers do, against a vocabulary local to the test. */
  private int[] tokens(String text) {
    List<String> words = RougeTokenizer.plain().tokenize(text);
    int[] out = new int[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(words.get(i), w -> ids.size());
    }
    return out;
  }

  private double score(String target, String prediction) {
    return RougeL.score(tokens(target), tokens(prediction));
  }

  // Expected values are what rouge_score's arithmetic prints in Python for the same LCS.

  @Test
  void should_score_one_substituted_word_as_five_sixths() {
    assertThat(score("the cat sat on the mat", "the cat lay on the mat")).isEqualTo(0.8333333333333334);
    assertThat(RougeL.lcs(tokens("the cat sat on the mat"), tokens("the cat lay on the mat"))).isEqualTo(5);
  }

  @Test
  void should_score_chinese_on_characters_with_rouge_score_rounding() {
    // LCS 8 of 9 and 10 characters. 16/19 would be ...947; rouge_score's 2PR/(P+R) gives ...948.
    assertThat(score("写一首关于春天的诗", "写一首关于秋天的诗歌")).isEqualTo(0.8421052631578948);
  }

  @Test
  void should_score_mixed_chinese_and_english() {
    assertThat(score("用Python写一个函数", "用Java写一个函数")).isEqualTo(0.8571428571428571);
  }

  @Test
  void should_be_symmetric_bit_for_bit() {
    assertThat(score("Explain how photosynthesis works in plants.", "Explain how photosynthesis works in green plants."))
        .isEqualTo(score("Explain how photosynthesis works in green plants.", "Explain how photosynthesis works in plants."))
        .isEqualTo(0.923076923076923);
  }

  @Test
  void should_score_zero_for_empty_or_disjoint_texts() {
    assertThat(score("", "anything at all")).isZero();
    assertThat(score("anything at all", "?!")).isZero();
    assertThat(score("red green", "blue yellow")).isZero();
  }

  @Test
  void should_score_identical_texts_as_one() {
    assertThat(score("Give three tips.", "give THREE tips")).isEqualTo(1.0);
  }

  @Test
  void should_compute_fmeasure_exactly_as_rouge_score() {
    assertThat(RougeL.fmeasure(4, 9, 6)).isEqualTo(0.5333333333333333);
    assertThat(RougeL.fmeasure(1, 9, 6)).isEqualTo(0.13333333333333333);
    assertThat(RougeL.fmeasure(0, 9, 6)).isZero();
    assertThat(RougeL.fmeasure(3, 0, 6)).isZero();
  }

  @Test
  void should_count_lcs_of_reordered_sequences() {
    assertThat(RougeL.lcs(new int[] {1, 2, 3, 4, 5}, new int[] {5, 4, 3, 2, 1})).isEqualTo(1);
    assertThat(RougeL.lcs(new int[] {1, 2, 3, 2, 1}, new int[] {2, 1, 2, 3, 1})).isEqualTo(4);
    assertThat(RougeL.lcs(new int[] {}, new int[] {1})).isZero();
  }

  @Test
  void should_keep_fmeasure_increasing_in_lcs_so_bounds_are_safe() {
    List<String> violations = new ArrayList<>();
    for (int a = 1; a <= 300; a++) {
      for (int b = 1; b <= 300; b += 7) {
        for (int lcs = 1; lcs < Math.min(a, b); lcs++) {
          if (!(RougeL.fmeasure(lcs, a, b) < RougeL.fmeasure(lcs + 1, a, b))) {
            violations.add(lcs + "/" + a + "/" + b);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }
}
