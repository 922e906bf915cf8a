package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryPlanTest {

  @Test
  void should_order_known_tokens_rarest_first_with_counts_and_what_remains() {
    InvertedIndex index = new InvertedIndex();
    index.add(0, new int[] {7, 8, 9});
    index.add(1, new int[] {7, 8});
    index.add(2, new int[] {7, 7, 7}); // filed once: document frequency counts entries
    QueryPlan unit = new QueryPlan(new int[] {7, TokenVocabulary.UNKNOWN, 9, 8, 9, 7}, index);

    assertThat(unit.length()).isEqualTo(6);
    assertThat(unit.known()).isEqualTo(5);
    assertThat(unit.distinct()).isEqualTo(3);
    // df: 9 -> 1, 8 -> 2, 7 -> 3.
    assertThat(new int[] {unit.token(0), unit.token(1), unit.token(2)}).containsExactly(9, 8, 7);
    assertThat(new int[] {unit.count(0), unit.count(1), unit.count(2)}).containsExactly(2, 1, 2);
    assertThat(new int[] {unit.remaining(0), unit.remaining(1), unit.remaining(2)}).containsExactly(5, 3, 2);
  }

  @Test
  void should_break_frequency_ties_by_token_id() {
    InvertedIndex index = new InvertedIndex();
    index.add(0, new int[] {5, 3, 4});
    QueryPlan unit = new QueryPlan(new int[] {4, 5, 3}, index);

    assertThat(new int[] {unit.token(0), unit.token(1), unit.token(2)}).containsExactly(3, 4, 5);
  }
}
