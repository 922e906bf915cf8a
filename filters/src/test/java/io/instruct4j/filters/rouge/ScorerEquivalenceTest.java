package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.record.Similar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The indexed scorer must make exactly the oracle's decisions, with bit-identical scores and
 * identical top-10 lists, over a Self-Instruct-like run: a pool that grows as candidates pass,
 * many candidates being near-duplicates of earlier texts, in English and Chinese.
 */
class ScorerEquivalenceTest {

  private static final double THRESHOLD = 0.7;
  /** Self-Instruct starts from 175 human-written seed tasks. */
  private static final int SEEDS = 175;
  private static final double[] OTHER_THRESHOLDS = {0.0, 0.3, 0.5, 0.6666666666666666, 0.9, 1.0};

  private record Text(List<String> words, boolean chinese) {}

  @Test
  void should_match_the_exhaustive_oracle_on_a_growing_pool() {
    SyntheticInstructions generator = new SyntheticInstructions(20240611L);
    List<Text> history = new ArrayList<>();
    int rejected = 0;
    int nearThreshold = 0;
    try (SimilarityIndex oracle = new ExhaustiveRougeScorer(RougeTokenizer.plain());
        SimilarityIndex unit = new IndexedRougeScorer(RougeTokenizer.plain())) {
      for (int seed = 0; seed < SEEDS; seed++) {
        boolean chinese = seed % 2 == 1;
        Text text = new Text(generator.fresh(chinese), chinese);
        history.add(text);
        String rendered = generator.render(text.words(), chinese);
        String id = "seed-" + seed;
        oracle.add(id, rendered);
        unit.add(id, rendered);
      }

      for (int i = 0; i < 3000; i++) {
        Text text = nextCandidate(generator, history);
        history.add(text);
        String candidate = generator.render(text.words(), text.chinese());
        String where = "candidate " + i + " '" + candidate + "'";

        Optional<Similar> expectedFirst = oracle.firstAbove(candidate, THRESHOLD);
        boolean withMean = i % 4 == 0;
        int topK = i % 7 == 0 ? 1 + generator.nextInt(12) : 10;
        SimilarityMatch expected = withMean ? oracle.bestWithMean(candidate, topK) : oracle.best(candidate, topK);
        double other = OTHER_THRESHOLDS[i % OTHER_THRESHOLDS.length];
        Optional<Similar> expectedOther = oracle.firstAbove(candidate, other);
        assertThat(unit.firstAbove(candidate, THRESHOLD)).as(where).isEqualTo(expectedFirst);
        assertThat(withMean ? unit.bestWithMean(candidate, topK) : unit.best(candidate, topK))
            .as(where).isEqualTo(expected);
        assertThat(unit.firstAbove(candidate, other)).as(where + " at " + other).isEqualTo(expectedOther);
        assertThat(expectedFirst.isPresent()).as(where).isEqualTo(expected.max() > THRESHOLD);

        if (expectedFirst.isPresent()) {
          rejected++;
        } else {
          String id = "gen-" + i;
          oracle.add(id, candidate);
          unit.add(id, candidate);
        }
        if (expected.max() > 0.6 && expected.max() <= 0.8) {
          nearThreshold++;
        }
      }
      // Seeded, so the counts are fixed; they show the run exercises both outcomes and the
      // region near the threshold where pruning decisions are tight.
      assertThat(oracle.size()).isEqualTo(unit.size()).isEqualTo(1824);
      assertThat(rejected).isEqualTo(3000 + SEEDS - oracle.size()).isEqualTo(1351);
      assertThat(nearThreshold).isEqualTo(553);
    }
  }

  private static Text nextCandidate(SyntheticInstructions generator, List<Text> history) {
    if (generator.nextBoolean(2)) {
      Text original = history.get(generator.nextInt(history.size()));
      return new Text(generator.nearDuplicate(original.words(), original.chinese()), original.chinese());
    }
    boolean chinese = generator.nextBoolean(2);
    return new Text(generator.fresh(chinese), chinese);
  }
}
