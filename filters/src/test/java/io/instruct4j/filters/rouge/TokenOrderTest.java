package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenOrderTest {

  @Test
  void should_rank_by_frequency_at_the_freeze_ties_by_id_and_later_tokens_after_all_of_them() {
    TokenOrder unit = new TokenOrder();
    for (int token : new int[] {0, 0, 0, 1, 2, 2, 3}) {
      unit.count(token);
    }
    unit.freeze();
    unit.count(0); // counted after the freeze: ranks do not move until the next one
    unit.count(5);

    // Frequencies 0:3, 1:1, 2:2, 3:1 -> 1, 3, 2, 0; then 4 and 5 as themselves.
    assertThat(new int[] {unit.rank(1), unit.rank(3), unit.rank(2), unit.rank(0)}).containsExactly(0, 1, 2, 3);
    assertThat(unit.rank(4)).isEqualTo(4);
    assertThat(unit.rank(5)).isEqualTo(5);
    assertThat(unit.frequency(0)).isEqualTo(4);
  }

  @Test
  void should_rank_by_id_before_the_first_freeze() {
    TokenOrder unit = new TokenOrder();
    unit.count(2);
    unit.count(2);

    assertThat(unit.rank(2)).isEqualTo(2);
    assertThat(unit.rank(0)).isZero();
  }
}
