package io.instruct4j.filters.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The shortcuts MinHash verification takes must never hide a pair that reaches the threshold. */
class ShingleStoreTest {

  @Test
  void should_only_rule_out_pairs_whose_jaccard_is_below_the_threshold() {
    SplittableRandom random = new SplittableRandom(5);
    ShingleStore unit = new ShingleStore();
    List<Integer> texts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      // Small universes so that many pairs overlap a lot.
      long[] set = LongStream.generate(() -> ShingleTap.mix(random.nextInt(60))).limit(random.nextInt(0, 40))
          .distinct().sorted().toArray();
      texts.add(unit.add(set, set.length));
    }
    List<String> wrong = new ArrayList<>();
    int reaching = 0;
    for (double threshold : new double[] {0.3, 0.5, 0.8, 0.9, 1.0}) {
      for (int a = 0; a < texts.size(); a++) {
        for (int b = a + 1; b < texts.size(); b++) {
          double exact = unit.jaccard(a, b);
          double shortcut = unit.jaccardIfAtLeast(a, b, threshold);
          boolean reaches = exact >= threshold;
          reaching += reaches ? 1 : 0;
          if (reaches && (!unit.mayReach(a, b, threshold) || shortcut != exact)) {
            wrong.add(a + "/" + b + " at " + threshold + ": " + exact + " but " + shortcut);
          }
          if (!reaches && shortcut >= threshold) {
            wrong.add(a + "/" + b + " at " + threshold + ": " + exact + " reported as " + shortcut);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(reaching).isGreaterThan(1000); // the property was exercised, not vacuous
  }

  @Test
  void should_give_the_exact_value_for_a_pair_at_the_threshold() {
    ShingleStore unit = new ShingleStore();
    long[] a = LongStream.of(1, 2, 3, 4, 5).map(ShingleTap::mix).sorted().toArray();
    long[] b = LongStream.of(1, 2, 3, 4, 6).map(ShingleTap::mix).sorted().toArray();
    unit.add(a, a.length);
    unit.add(b, b.length);

    // 4 common of 6: exactly 2/3.
    assertThat(unit.jaccardIfAtLeast(0, 1, 2.0 / 3)).isEqualTo(2.0 / 3);
    assertThat(unit.jaccardIfAtLeast(0, 1, 0.7)).isEqualTo(-1.0);
    assertThat(Arrays.asList(unit.mayReach(0, 1, 2.0 / 3), unit.mayReach(0, 1, 0.99))).containsExactly(true, false);
  }
}
