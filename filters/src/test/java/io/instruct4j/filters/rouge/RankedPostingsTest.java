package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RankedPostingsTest {

  @Test
  void should_keep_lengths_and_positions_sorted_and_ordinals_in_filing_order() {
    SplittableRandom random = new SplittableRandom(8);
    RankedPostings unit = new RankedPostings();
    TreeMap<Long, List<Integer>> expected = new TreeMap<>();
    for (int ordinal = 0; ordinal < 2000; ordinal++) {
      int length = 1 + random.nextInt(40);
      int position = random.nextInt(length);
      unit.add(length, position, ordinal, ordinal * 3L, -ordinal);
      expected.computeIfAbsent(((long) length << 32) | position, k -> new ArrayList<>()).add(ordinal);
    }

    TreeMap<Long, List<Integer>> actual = new TreeMap<>();
    int previousLength = -1;
    for (int g = 0; g < unit.groups(); g++) {
      RankedPostings.Lengths lengths = unit.group(g);
      assertThat(lengths.length()).isGreaterThan(previousLength);
      previousLength = lengths.length();
      for (int i = 0; i < lengths.count(); i++) {
        assertThat(i == 0 || lengths.position(i) > lengths.position(i - 1)).isTrue();
        List<Integer> ordinals = new ArrayList<>();
        long[] postings = lengths.postings(i);
        for (int j = 0; j < lengths.size(i); j++) {
          int ordinal = (int) postings[PackedPostings.STRIDE * j];
          assertThat(postings[PackedPostings.STRIDE * j + 1]).isEqualTo(ordinal * 3L);
          assertThat(postings[PackedPostings.STRIDE * j + 2]).isEqualTo(-ordinal);
          ordinals.add(ordinal);
        }
        actual.put(((long) lengths.length() << 32) | lengths.position(i), ordinals);
      }
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void should_open_a_slot_in_place_or_in_a_twice_as_long_copy() {
    int[] room = {1, 2, 4, 0};
    int[] same = RankedPostings.openSlot(room, 2, 3);
    same[2] = 3;
    assertThat(same).isSameAs(room).containsExactly(1, 2, 3, 4);

    String[] full = {"a", "c"};
    String[] grown = RankedPostings.openSlot(full, 1, 2);
    grown[1] = "b";
    assertThat(grown).containsExactly("a", "b", "c", null);
  }
}
