package io.instruct4j.filters.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredOverlapTest {

  @Test
  void should_give_the_least_lcs_whose_fmeasure_reaches_the_threshold() {
    List<String> wrong = new ArrayList<>();
    for (double tau : new double[] {0.0, 0.1, 0.5, 0.6666666666666666, 0.7, 0.8333333333333334, 1.0}) {
      for (boolean strict : new boolean[] {true, false}) {
        RequiredOverlap unit = new RequiredOverlap(tau, strict);
        for (int m = 1; m <= 70; m++) {
          for (int n = 1; n <= 70; n++) {
            int expected = 1;
            while (expected <= n && !reaches(RougeL.fmeasure(expected, m, n), tau, strict)) {
              expected++;
            }
            if (unit.of(m, n) != expected) {
              wrong.add(tau + (strict ? " > " : " >= ") + m + "/" + n + ": " + unit.of(m, n) + " not " + expected);
            }
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void should_give_the_least_requirement_over_all_entry_lengths() {
    for (double tau : new double[] {0.0, 0.3, 0.7, 0.6666666666666666, 1.0}) {
      for (boolean strict : new boolean[] {true, false}) {
        RequiredOverlap unit = new RequiredOverlap(tau, strict);
        for (int m = 1; m <= 60; m++) {
          int expected = m + 1;
          for (int n = 1; n <= 3 * m; n++) {
            expected = Math.min(expected, unit.of(m, n) <= n ? unit.of(m, n) : m + 1);
          }
          assertThat(unit.leastOverLengths(m)).as("tau %s strict %s m %d", tau, strict, m).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void should_tell_strict_from_inclusive_at_a_reachable_score() {
    // fmeasure(2, 3, 3) is exactly 0.6666666666666666.
    assertThat(new RequiredOverlap(0.6666666666666666, false).of(3, 3)).isEqualTo(2);
    assertThat(new RequiredOverlap(0.6666666666666666, true).of(3, 3)).isEqualTo(3);
    assertThat(new RequiredOverlap(1.0, true).of(3, 3)).isEqualTo(4); // nothing exceeds 1
  }

  private static boolean reaches(double score, double tau, boolean strict) {
    return strict ? score > tau : score >= tau;
  }
}
