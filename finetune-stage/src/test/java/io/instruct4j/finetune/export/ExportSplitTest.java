package io.instruct4j.finetune.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.finetune.export.StratifiedSplit.Member;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExportSplitTest {

  @ParameterizedTest(name = "{0} examples x {1} -> {2} held out")
  @CsvSource({
      "0, 0.1, 0",
      "1, 0.5, 0",     // a lone example stays in training
      "2, 0.05, 1",    // 0.1 rounds to 0, raised to 1 so the method is evaluated
      "2, 0.5, 1",
      "3, 0.9, 2",     // 2.7 rounds to 3, lowered to 2 so the method keeps a training example
      "10, 0.14, 1",   // 1.4 rounds down
      "10, 0.15, 2",   // 1.5 rounds half up, exactly (as a double, 10 x 0.15 is 1.5000000000000002)
      "10, 0.25, 3",   // 2.5 rounds half up
      "20, 0.05, 1",
      "100, 0.05, 5",
      "100, 0.055, 6",
      "50, 0.0, 0"})
  void should_round_half_up_and_keep_each_method_in_both_splits(int n, double fraction, int expected) {
    assertThat(StratifiedSplit.validationCount(n, fraction)).isEqualTo(expected);
  }

  @Test
  void should_hold_out_each_stratums_own_count() {
    List<Member> members = new ArrayList<>();
    members.addAll(members("self-instruct", 40));
    members.addAll(members("seed", 7));
    members.addAll(members("self-qa", 1));
    members.addAll(members("imported", 3));

    BitSet held = StratifiedSplit.choose(members, 0.1, 42);

    assertThat(heldIn(members, held, "self-instruct")).isEqualTo(4);
    assertThat(heldIn(members, held, "seed")).isEqualTo(1);     // 0.7 rounds to 1
    assertThat(heldIn(members, held, "self-qa")).isZero();
    assertThat(heldIn(members, held, "imported")).isEqualTo(1); // 0.3 rounds to 0, raised to 1
    assertThat(held.cardinality()).isEqualTo(6);
  }

  @Test
  void should_pick_the_same_examples_for_the_same_seed_whatever_the_input_order() {
    List<Member> members = new ArrayList<>(members("self-instruct", 30));
    members.addAll(members("seed", 10));
    List<Member> shuffled = new ArrayList<>(members);
    Collections.shuffle(shuffled, new Random(5));

    Set<String> first = heldIds(members, StratifiedSplit.choose(members, 0.2, 7));
    Set<String> again = heldIds(members, StratifiedSplit.choose(members, 0.2, 7));
    Set<String> reordered = heldIds(shuffled, StratifiedSplit.choose(shuffled, 0.2, 7));

    assertThat(first).hasSize(8).isEqualTo(again).isEqualTo(reordered);
  }

  @Test
  void should_pick_other_examples_for_another_seed() {
    List<Member> members = members("self-instruct", 30);

    assertThat(heldIds(members, StratifiedSplit.choose(members, 0.2, 1)))
        .isNotEqualTo(heldIds(members, StratifiedSplit.choose(members, 0.2, 2)));
  }

  @Test
  void should_pin_the_seeded_choice() {
    // golden (checked with Python hashlib): SHA-256(seed NUL id) order must not change between
    // releases, or re-exporting the same data would move examples between the splits
    List<Member> members = members("seed", 10);

    assertThat(heldIds(members, StratifiedSplit.choose(members, 0.2, 42))).containsExactly("seed-2", "seed-8");
  }

  private static List<Member> members(String stratum, int n) {
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Member(stratum + "-" + i, stratum));
    }
    return out;
  }

  private static int heldIn(List<Member> members, BitSet held, String stratum) {
    int n = 0;
    for (int i = 0; i < members.size(); i++) {
      if (held.get(i) && members.get(i).stratum().equals(stratum)) {
        n++;
      }
    }
    return n;
  }

  private static Set<String> heldIds(List<Member> members, BitSet held) {
    Set<String> ids = new TreeSet<>();
    held.stream().forEach(i -> ids.add(members.get(i).id()));
    return ids;
  }
}
