package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryPlanTest {

  @Test
  void should_order_known_tokens_by_rank_with_what_remains_from_each() {
    TokenOrder order = frozen(new int[][] {{7, 8, 9}, {7, 8}, {7}});
    QueryPlan unit = new QueryPlan(new int[] {7, TokenVocabulary.UNKNOWN, 9, 8, 9, 7}, order);

    assertThat(unit.length()).isEqualTo(6);
    assertThat(unit.known()).isEqualTo(5);
    assertThat(unit.distinct()).isEqualTo(3);
    // df: 9 -> 1, 8 -> 2, 7 -> 3. Written out: 9 9 8 7 7.
    assertThat(new int[] {unit.token(0), unit.token(1), unit.token(2)}).containsExactly(9, 8, 7);
    assertThat(new int[] {unit.remaining(0), unit.remaining(1), unit.remaining(2)}).containsExactly(5, 3, 2);
  }

  @Test
  void should_place_tokens_first_seen_after_the_freeze_last_in_id_order() {
    TokenOrder order = frozen(new int[][] {{0, 1}, {1}});
    order.count(3);
    order.count(2);
    QueryPlan unit = new QueryPlan(new int[] {3, 1, 2, 0}, order);

    assertThat(new int[] {unit.token(0), unit.token(1), unit.token(2), unit.token(3)}).containsExactly(0, 1, 2, 3);
  }

  /** An order frozen over entries given by their distinct tokens. */
  private static TokenOrder frozen(int[][] entries) {
    TokenOrder order = new TokenOrder();
    for (int[] entry : entries) {
      for (int token : entry) {
        order.count(token);
      }
    }
    order.freeze();
    return order;
  }
}
