package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.Similar;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What is specific to the indexed scorer; shared behaviour is in {@link SimilarityIndexContractTest}. */
class IndexedRougeScorerTest {

  @Test
  void should_score_with_the_stemming_tokenizer_when_given_one() {
    try (IndexedRougeScorer unit = new IndexedRougeScorer(RougeTokenizer.porterStemming())) {
      unit.add("p0", "listing the running tasks");

      assertThat(unit.best("list the run task", 1).max()).isEqualTo(1.0);
    }
  }

  @Test
  void should_rank_the_same_whether_or_not_first_above_ran_on_the_same_text() {
    List<String> pool = IntStream.range(0, 300)
        .mapToObj(i -> "write a short poem about topic " + (i % 17) + " and item " + (i % 5) + " for class " + (i % 3))
        .collect(Collectors.toList());
    String query = "write a short poem about topic 4 and item 2 for class 1 today";
    try (IndexedRougeScorer warm = new IndexedRougeScorer(RougeTokenizer.plain());
        IndexedRougeScorer cold = new IndexedRougeScorer(RougeTokenizer.plain());
        ExhaustiveRougeScorer oracle = new ExhaustiveRougeScorer(RougeTokenizer.plain())) {
      for (int i = 0; i < pool.size(); i++) {
        warm.add("p" + i, pool.get(i));
        cold.add("p" + i, pool.get(i));
        oracle.add("p" + i, pool.get(i));
      }

      assertThat(warm.firstAbove(query, 0.99)).isEmpty(); // remembers what it scored
      SimilarityMatch afterFirstAbove = warm.best(query, 10);

      assertThat(afterFirstAbove).isEqualTo(cold.best(query, 10)).isEqualTo(oracle.best(query, 10));
      assertThat(afterFirstAbove.top()).hasSize(10);
    }
  }

  @Test
  void should_match_the_oracle_when_few_entries_resemble_the_query() {
    // Fewer than k entries share a token with some queries: every token is read and the list
    // stays short; the others have many entries tied at low scores.
    try (IndexedRougeScorer unit = new IndexedRougeScorer(RougeTokenizer.plain());
        ExhaustiveRougeScorer oracle = new ExhaustiveRougeScorer(RougeTokenizer.plain())) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        texts.add("entry " + i + " alpha" + i + " beta" + (i % 9) + " gamma");
      }
      texts.add("the quick brown fox");
      for (int i = 0; i < texts.size(); i++) {
        unit.add("p" + i, texts.get(i));
        oracle.add("p" + i, texts.get(i));
      }
      for (String query : List.of("the quick brown fox jumps", "gamma ray", "beta3 gamma", "delta")) {
        for (int k : new int[] {1, 3, 10, 250}) {
          assertThat(unit.best(query, k)).as(query + " top " + k).isEqualTo(oracle.best(query, k));
        }
        assertThat(unit.bestWithMean(query, 10)).as(query).isEqualTo(oracle.bestWithMean(query, 10));
        for (double threshold : new double[] {0.0, 0.3, 0.7, 1.0}) {
          assertThat(unit.firstAbove(query, threshold)).as(query + " > " + threshold)
              .isEqualTo(oracle.firstAbove(query, threshold));
        }
      }
    }
  }

  @Test
  void should_match_the_oracle_on_texts_longer_than_one_64_token_word() {
    try (IndexedRougeScorer unit = new IndexedRougeScorer(RougeTokenizer.plain());
        ExhaustiveRougeScorer oracle = new ExhaustiveRougeScorer(RougeTokenizer.plain())) {
      for (int i = 0; i < 40; i++) {
        String text = words(i, 50 + 7 * i); // 50 to 323 tokens
        unit.add("p" + i, text);
        oracle.add("p" + i, text);
      }
      for (int q = 0; q < 40; q += 3) {
        String query = words(q, 60 + 9 * q).replace(" w" + q + "x3 ", " changed ");
        assertThat(unit.best(query, 5)).as("query %d", q).isEqualTo(oracle.best(query, 5));
        assertThat(unit.bestWithMean(query, 5)).as("query %d", q).isEqualTo(oracle.bestWithMean(query, 5));
        assertThat(unit.firstAbove(query, 0.7)).as("query %d", q).isEqualTo(oracle.firstAbove(query, 0.7));
      }
    }
  }

  @Test
  void should_match_the_oracle_when_an_entry_is_too_long_for_the_packed_sort_key() {
    try (IndexedRougeScorer unit = new IndexedRougeScorer(RougeTokenizer.plain());
        ExhaustiveRougeScorer oracle = new ExhaustiveRougeScorer(RougeTokenizer.plain())) {
      // 70,000 tokens: past the 65,536 a packed sort key holds, so refreezes file one posting at
      // a time; 300 entries cross the refreezes at 64 and 256 and several packs.
      String huge = words(5, 70_000);
      for (int i = 0; i < 300; i++) {
        String text = i == 10 ? huge : words(i, 8 + i % 13);
        unit.add("p" + i, text);
        oracle.add("p" + i, text);
      }
      for (int q = 0; q < 30; q++) {
        String query = words(q, 8 + q % 13).replace(" w" + q % 23 + "x1 ", " other ");
        assertThat(unit.best(query, 10)).as("query %d", q).isEqualTo(oracle.best(query, 10));
        assertThat(unit.firstAbove(query, 0.7)).as("query %d", q).isEqualTo(oracle.firstAbove(query, 0.7));
        assertThat(unit.firstAbove(query, 0.2)).as("query %d", q).isEqualTo(oracle.firstAbove(query, 0.2));
      }
      String slice = words(5, 40); // the huge entry's first 40 tokens, all of them shared
      assertThat(unit.best(slice, 300)).isEqualTo(oracle.best(slice, 300));
      assertThat(unit.best(slice, 300).top()).extracting(Similar::id).contains("p10");
    }
  }

  @Test
  void should_answer_the_same_when_the_pool_is_added_in_bulk() {
    // A token of its own in each text: more token ids than the index starts with room for.
    List<String> texts = IntStream.range(0, 3000).mapToObj(i -> words(i % 23, 5 + i % 17) + " n" + i)
        .collect(Collectors.toList());
    List<String> ids = IntStream.range(0, 3000).mapToObj(i -> "p" + i).collect(Collectors.toList());
    try (IndexedRougeScorer bulk = new IndexedRougeScorer(RougeTokenizer.plain());
        ExhaustiveRougeScorer oracle = new ExhaustiveRougeScorer(RougeTokenizer.plain())) {
      // 3000 at once: one refreeze and rebuild; then small batches and single adds on top of it.
      bulk.addAll(ids, texts);
      oracle.addAll(ids, texts);
      for (int batch = 0; batch < 3; batch++) {
        List<String> more = List.of("extra " + batch + " " + words(batch, 9), words(batch + 5, 12));
        List<String> moreIds = List.of("x" + batch, "y" + batch);
        bulk.addAll(moreIds, more);
        oracle.addAll(moreIds, more);
        bulk.add("z" + batch, words(batch + 9, 7));
        oracle.add("z" + batch, words(batch + 9, 7));
      }
      assertThat(bulk.size()).isEqualTo(oracle.size()).isEqualTo(3009);
      for (int q = 0; q < 60; q++) {
        String query = words(q % 23, 5 + q % 17).replace(" w" + q % 23 + "x2 ", " other ") + " n" + q;
        assertThat(bulk.best(query, 10)).as("query %d", q).isEqualTo(oracle.best(query, 10));
        assertThat(bulk.firstAbove(query, 0.7)).as("query %d", q).isEqualTo(oracle.firstAbove(query, 0.7));
        assertThat(bulk.firstAbove(query, 0.4)).as("query %d", q).isEqualTo(oracle.firstAbove(query, 0.4));
      }
      for (int i : new int[] {0, 1, 1499, 2998, 2999}) {
        // Each text finds itself: the first and the last of the bulk batch are filed too.
        assertThat(bulk.best(texts.get(i), 3)).as("p%d", i).isEqualTo(oracle.best(texts.get(i), 3));
        assertThat(bulk.best(texts.get(i), 3).top()).extracting(Similar::id).contains("p" + i);
      }
      assertThatThrownBy(() -> bulk.addAll(List.of("a"), List.of())).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("1 ids for 0 texts");
    }
  }

  /** {@code count} words cycling through a vocabulary shifted by {@code seed}. */
  private static String words(int seed, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(" w").append((seed + i * 7) % 23).append('x').append(i % 5);
    }
    return text.toString().strip();
  }
}
