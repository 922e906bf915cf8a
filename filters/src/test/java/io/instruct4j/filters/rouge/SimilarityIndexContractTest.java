package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.Similar;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The behaviour every {@link SimilarityIndex} must share, run against each implementation. */
class SimilarityIndexContractTest {

  static Stream<Arguments> implementations() {
    Supplier<SimilarityIndex> exhaustive = () -> new ExhaustiveRougeScorer(RougeTokenizer.plain());
    Supplier<SimilarityIndex> indexed = () -> new IndexedRougeScorer(RougeTokenizer.plain());
    return Stream.of(
        Arguments.of("exhaustive", exhaustive),
        Arguments.of("indexed", indexed));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void should_answer_zero_for_an_empty_pool(String name, Supplier<SimilarityIndex> factory) {
    try (SimilarityIndex unit = factory.get()) {
      assertThat(unit.size()).isZero();
      assertThat(unit.best("write a poem", 10)).isEqualTo(new SimilarityMatch(0.0, OptionalDouble.empty(), List.of()));
      assertThat(unit.bestWithMean("write a poem", 10)).isEqualTo(new SimilarityMatch(0.0, OptionalDouble.of(0.0), List.of()));
      assertThat(unit.firstAbove("write a poem", 0.0)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void should_rank_by_score_then_insertion_order_and_omit_zero_scores(String name, Supplier<SimilarityIndex> factory) {
    try (SimilarityIndex unit = factory.get()) {
      unit.add("p0", "a b c");
      unit.add("p1", "x y z");
      unit.add("p2", "A, b; c!");
      unit.add("p3", "a b d");

      assertThat(unit.best("a b c", 10)).isEqualTo(new SimilarityMatch(1.0, OptionalDouble.empty(), List.of(
          new Similar("p0", "a b c", 1.0),
          new Similar("p2", "A, b; c!", 1.0),
          new Similar("p3", "a b d", 0.6666666666666666))));
      assertThat(unit.best("a b c", 2).top()).extracting(Similar::id).containsExactly("p0", "p2");
      assertThat(unit.best("a b c", 0)).isEqualTo(new SimilarityMatch(1.0, OptionalDouble.empty(), List.of()));
      assertThat(unit.best("a b c", Integer.MAX_VALUE).top()).extracting(Similar::id).containsExactly("p0", "p2", "p3");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void should_return_the_earliest_entry_strictly_above_the_threshold(String name, Supplier<SimilarityIndex> factory) {
    try (SimilarityIndex unit = factory.get()) {
      unit.add("p0", "a b d");     // 2/3 against "a b c"
      unit.add("p1", "a b c");     // 1.0
      unit.add("p2", "a b c e");   // 6/7

      assertThat(unit.firstAbove("a b c", 0.6)).contains(new Similar("p0", "a b d", 0.6666666666666666));
      assertThat(unit.firstAbove("a b c", 0.6666666666666666)).contains(new Similar("p1", "a b c", 1.0));
      assertThat(unit.firstAbove("a b c", 1.0)).isEmpty();
      assertThat(unit.wouldReject("a b c", 0.9)).isTrue();
      assertThat(unit.wouldReject("q r s", 0.0)).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void should_average_over_the_whole_pool_including_unrelated_and_empty_entries(String name, Supplier<SimilarityIndex> factory) {
    try (SimilarityIndex unit = factory.get()) {
      unit.add("p0", "Write a poem about the ocean.");
      unit.add("p1", "???");
      unit.add("p2", "Give three tips for staying healthy.");
      unit.add("p3", "写一首关于春天的诗");

      SimilarityMatch match = unit.bestWithMean("Give three tips for learning a new language quickly.", 10);

      assertThat(match.max()).isEqualTo(0.5333333333333333);
      assertThat(match.mean()).hasValue((0.13333333333333333 + 0.5333333333333333) / 4);
      assertThat(match.top()).extracting(Similar::id).containsExactly("p2", "p0");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void should_count_query_tokens_unknown_to_the_pool_in_the_length(String name, Supplier<SimilarityIndex> factory) {
    try (SimilarityIndex unit = factory.get()) {
      unit.add("p0", "a b");

      // LCS 2, lengths 3 and 2: F = 0.8.
      assertThat(unit.best("a zzz b", 1).max()).isEqualTo(0.8);
      assertThat(unit.best("zzz", 1).max()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void should_see_entries_added_after_earlier_queries(String name, Supplier<SimilarityIndex> factory) {
    try (SimilarityIndex unit = factory.get()) {
      unit.add("p0", "the cat sat on the mat");
      assertThat(unit.firstAbove("the cat lay on the mat", 0.7)).isPresent();
      assertThat(unit.firstAbove("a dog ran in the park", 0.7)).isEmpty();

      unit.add("p1", "a dog ran in the park");

      assertThat(unit.size()).isEqualTo(2);
      assertThat(unit.firstAbove("a dog ran in a park", 0.7)).map(Similar::id).isEqualTo(Optional.of("p1"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void should_reject_bad_thresholds_and_top_k(String name, Supplier<SimilarityIndex> factory) {
    try (SimilarityIndex unit = factory.get()) {
      assertThatThrownBy(() -> unit.firstAbove("x", 1.5))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
      assertThatThrownBy(() -> unit.firstAbove("x", -0.1))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
      assertThatThrownBy(() -> unit.firstAbove("x", Double.NaN))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
      assertThatThrownBy(() -> unit.best("x", -1))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topK must be >= 0, got -1");
    }
  }
}
