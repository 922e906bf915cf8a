package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Reject;
import io.instruct4j.core.record.Scores;
import io.instruct4j.core.record.Similar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RougeSimilarityFilterTest {

  private static final Example POEM = example("Write a poem about the ocean.", "en");
  private static final Example TIPS = example("Give three tips for staying healthy.", "en");
  private static final Example SPRING = example("写一首关于春天的诗", "zh");

  private static Example example(String instruction, String language) {
    return Example.of(instruction, "", "", Method.SELF_INSTRUCT, language);
  }

  private static RougeSimilarityFilter seeded(SimilarityIndex pool, boolean recordMean) {
    RougeSimilarityFilter unit = new RougeSimilarityFilter(pool, 0.7, recordMean, "bootstrap");
    List.of(POEM, TIPS, SPRING).forEach(unit::addToPool);
    return unit;
  }

  @Test
  void should_reject_near_duplicates_of_the_pool_and_of_earlier_accepted_candidates() {
    Example sea = example("Write a poem about the sea.", "en");
    Example plants = example("Explain how photosynthesis works in plants.", "en");
    Example greenPlants = example("Explain how photosynthesis works in green plants.", "en");
    Example autumn = example("写一首关于秋天的诗歌", "zh");
    Example language = example("Give three tips for learning a new language quickly.", "en")
        .withScores(new Scores(null, null, List.of(), Map.of("repeated_ngram_ratio", 0.25)));

    try (IndexedRougeScorer pool = new IndexedRougeScorer(RougeTokenizer.plain())) {
      RougeSimilarityFilter unit = seeded(pool, true);

      RougeFilterResult result = unit.filter(List.of(sea, plants, greenPlants, autumn, language));

      assertThat(result.rejected()).containsExactly(
          Reject.ofExample("bootstrap", "rouge_l",
              "ROUGE-L 0.83 > 0.70 against " + POEM.id() + " 'Write a poem about the ocean.'", sea)
              .withDuplicateOf(POEM.id()),
          Reject.ofExample("bootstrap", "rouge_l",
              "ROUGE-L 0.92 > 0.70 against " + plants.id() + " 'Explain how photosynthesis works in plants.'",
              greenPlants).withDuplicateOf(plants.id()),
          Reject.ofExample("bootstrap", "rouge_l",
              "ROUGE-L 0.84 > 0.70 against " + SPRING.id() + " '写一首关于春天的诗'", autumn)
              .withDuplicateOf(SPRING.id()));
      assertThat(result.accepted()).containsExactly(
          plants.withScores(new Scores(0.0, 0.0, List.of(), Map.of())),
          language.withScores(new Scores(0.5333333333333333, 0.16666666666666666, List.of(
              new Similar(TIPS.id(), TIPS.instruction(), 0.5333333333333333),
              new Similar(POEM.id(), POEM.instruction(), 0.13333333333333333)),
              Map.of("repeated_ngram_ratio", 0.25))));
      assertThat(unit.poolSize()).isEqualTo(5);
    }
  }

  @Test
  void should_leave_the_mean_empty_when_not_asked_to_record_it() {
    Example language = example("Give three tips for learning a new language quickly.", "en");
    try (IndexedRougeScorer pool = new IndexedRougeScorer(RougeTokenizer.plain())) {
      RougeSimilarityFilter unit = seeded(pool, false);

      RougeFilterResult result = unit.filter(List.of(language));

      assertThat(result.rejected()).isEmpty();
      assertThat(result.accepted()).singleElement().extracting(Example::scores)
          .isEqualTo(new Scores(0.5333333333333333, null, List.of(
              new Similar(TIPS.id(), TIPS.instruction(), 0.5333333333333333),
              new Similar(POEM.id(), POEM.instruction(), 0.13333333333333333)), Map.of()));
    }
  }

  @Test
  void should_accept_exact_duplicates_only_at_threshold_one() {
    RougeSimilarityFilter unit = new RougeSimilarityFilter(
        new ExhaustiveRougeScorer(RougeTokenizer.plain()), 1.0, false, "curate");
    unit.addToPool(POEM);

    RougeFilterResult result = unit.filter(List.of(example("write a POEM about the ocean", "en")));

    assertThat(result.accepted()).singleElement().extracting(e -> e.scores().maxRougeL()).isEqualTo(1.0);
  }

  @Test
  void should_reject_thresholds_outside_zero_to_one_naming_the_setting() {
    SimilarityIndex pool = new ExhaustiveRougeScorer(RougeTokenizer.plain());
    for (double bad : new double[] {0.0, -0.5, 1.01, Double.NaN}) {
      assertThatThrownBy(() -> new RougeSimilarityFilter(pool, bad, false, "curate"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rouge_l_threshold must be in (0, 1] (Self-Instruct uses 0.7), got " + bad);
    }
  }

  @Test
  void should_print_enough_digits_to_show_the_score_exceeds_the_threshold() {
    assertThat(RougeSimilarityFilter.formatAbove(0.8333333333333334, 0.7)).isEqualTo("0.83 > 0.70");
    assertThat(RougeSimilarityFilter.formatAbove(0.7004, 0.7)).isEqualTo("0.7004 > 0.7000");
    assertThat(RougeSimilarityFilter.formatAbove(0.70000001, 0.7)).isEqualTo("0.70000001 > 0.7");
  }

  @Test
  void should_shorten_long_pool_texts_in_reasons() {
    assertThat(RougeSimilarityFilter.snippet("  Write a\n poem  "))
        .isEqualTo("Write a poem");
    assertThat(RougeSimilarityFilter.snippet("Write a long poem about the ocean, the sky, the wind and the stars at night"))
        .isEqualTo("Write a long poem about the ocean, the sky, the wind and the...");
    // Never cuts a supplementary character in half.
    assertThat(RougeSimilarityFilter.snippet("x".repeat(59) + "\uD840\uDC00 and more"))
        .isEqualTo("x".repeat(59) + "...");
  }

  @Test
  void should_decide_identically_on_the_oracle_and_the_index() {
    SyntheticInstructions generator = new SyntheticInstructions(99L);
    List<Example> seeds = new ArrayList<>();
    List<Example> candidates = new ArrayList<>();
    List<List<String>> history = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      boolean chinese = i % 3 == 0;
      List<String> words = i >= 50 && generator.nextBoolean(2)
          ? generator.nearDuplicate(history.get(generator.nextInt(history.size())), chinese)
          : generator.fresh(chinese);
      history.add(words);
      Example example = example(generator.render(words, chinese), chinese ? "zh" : "en");
      (i < 50 ? seeds : candidates).add(example);
    }
    RougeFilterResult expected;
    RougeFilterResult actual;
    try (SimilarityIndex oracle = new ExhaustiveRougeScorer(RougeTokenizer.plain());
        SimilarityIndex index = new IndexedRougeScorer(RougeTokenizer.plain())) {
      RougeSimilarityFilter exhaustive = new RougeSimilarityFilter(oracle, 0.7, true, "bootstrap");
      RougeSimilarityFilter indexed = new RougeSimilarityFilter(index, 0.7, true, "bootstrap");
      seeds.forEach(exhaustive::addToPool);
      seeds.forEach(indexed::addToPool);
      expected = exhaustive.filter(candidates);
      actual = indexed.filter(candidates);
    }

    assertThat(actual).isEqualTo(expected);
    assertThat(expected.accepted().size() + expected.rejected().size()).isEqualTo(400);
    assertThat(expected.rejected()).hasSizeGreaterThan(50);
    assertThat(expected.accepted()).hasSizeGreaterThan(200);
  }
}
