package io.instruct4j.filters.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LshBandsTest {

  /** Expected values from an independent Python run of the same minimisation (200-step midpoint rule). */
  @ParameterizedTest(name = "threshold {0}: {1} bands x {2} rows")
  @CsvSource({"0.5, 32, 4", "0.7, 20, 6", "0.8, 14, 9", "0.9, 8, 16", "0.95, 5, 25"})
  void should_pick_bands_and_rows_from_the_threshold(double threshold, int bands, int rows) {
    assertThat(LshBands.forThreshold(threshold, 128)).isEqualTo(new LshBands(bands, rows));
  }

  @ParameterizedTest(name = "P({0}) = {1}")
  @CsvSource({"0.6, 0.132", "0.7, 0.438", "0.8, 0.867", "0.85, 0.975", "0.9, 0.999"})
  void should_follow_the_s_curve_for_fourteen_bands_of_nine_rows(double similarity, double probability) {
    assertThat(new LshBands(14, 9).candidateProbability(similarity)).isCloseTo(probability, within(0.0005));
  }
}
