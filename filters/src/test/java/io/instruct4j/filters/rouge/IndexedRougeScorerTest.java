package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.Similar;
import org.junit.jupiter.api.Test;

/** What is specific to the indexed scorer; shared behaviour is in {@link SimilarityIndexContractTest}. */
class IndexedRougeScorerTest {

  @Test
  void should_reject_a_negative_tail_limit() {
    assertThatThrownBy(() -> new IndexedRougeScorer(RougeTokenizer.plain(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tailLimit must be >= 0, got -1");
  }

  @Test
  void should_find_entries_across_many_reopened_segments_and_the_unindexed_tail() {
    try (IndexedRougeScorer unit = new IndexedRougeScorer(RougeTokenizer.plain(), 3)) {
      for (int i = 0; i < 40; i++) {
        unit.add("p" + i, "task number " + i + " about topic " + (i % 5));
        // Querying between adds forces a reopen every few entries, so segments pile up.
        assertThat(unit.best("task number " + i + " about topic " + (i % 5), 1).top())
            .containsExactly(new Similar("p" + i, "task number " + i + " about topic " + (i % 5), 1.0));
      }
      unit.add("late", "a completely different late entry");

      assertThat(unit.firstAbove("a completely different late entry", 0.9))
          .contains(new Similar("late", "a completely different late entry", 1.0));
      assertThat(unit.best("task number 7 about topic 2", 2).top()).extracting(Similar::id)
          .containsExactly("p7", "p2");
    }
  }

  @Test
  void should_score_with_the_stemming_tokenizer_when_given_one() {
    try (IndexedRougeScorer unit = new IndexedRougeScorer(RougeTokenizer.porterStemming())) {
      unit.add("p0", "listing the running tasks");

      assertThat(unit.best("list the run task", 1).max()).isEqualTo(1.0);
    }
  }
}
