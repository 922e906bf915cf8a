package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TokenPostingsTest {

  @Test
  void should_group_entries_by_length_sorted_with_ordinals_ascending() {
    InvertedIndex index = new InvertedIndex();
    int[][] entries = {{1, 2, 3}, {1}, {1, 1, 2, 4, 5}, {2, 1, 9}, {1, 3}, {6}};
    for (int ordinal = 0; ordinal < entries.length; ordinal++) {
      index.add(ordinal, entries[ordinal]);
    }

    TokenPostings unit = index.of(1);

    assertThat(unit.entries()).isEqualTo(5);
    assertThat(unit.groups()).isEqualTo(4);
    assertThat(new int[] {unit.length(0), unit.length(1), unit.length(2), unit.length(3)})
        .containsExactly(1, 2, 3, 5);
    assertThat(members(unit, 0)).containsExactly(1);
    assertThat(members(unit, 1)).containsExactly(4);
    assertThat(members(unit, 2)).containsExactly(0, 3);
    assertThat(members(unit, 3)).containsExactly(2); // token 1 twice, filed once
    assertThat(index.of(42).groups()).isZero();
  }

  @Test
  void should_keep_many_entries_of_one_length_in_order() {
    InvertedIndex index = new InvertedIndex();
    for (int ordinal = 0; ordinal < 1000; ordinal++) {
      index.add(ordinal, new int[] {ordinal % 2, 7});
    }

    assertThat(index.of(7).size(0)).isEqualTo(1000);
    assertThat(members(index.of(1), 0)).hasSize(500).isSorted().startsWith(1, 3, 5);
  }

  private static int[] members(TokenPostings postings, int group) {
    return Arrays.copyOf(postings.ordinals(group), postings.size(group));
  }
}
