package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreTableTest {

  @Test
  void should_return_fmeasure_bit_for_bit_and_survive_a_reset() {
    ScoreTable unit = new ScoreTable();
    for (int m : new int[] {1, 7, 40, 200}) {
      unit.reset(m, 90);
      for (int n = 1; n <= 90; n++) {
        for (int lcs = 0; lcs <= Math.min(m, n); lcs++) {
          assertThat(Double.doubleToRawLongBits(unit.score(lcs, n)))
              .as("%d/%d/%d", lcs, m, n)
              .isEqualTo(Double.doubleToRawLongBits(RougeL.fmeasure(lcs, m, n)));
        }
      }
    }
  }
}
