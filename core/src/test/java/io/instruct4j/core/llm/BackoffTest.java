package io.instruct4j.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void should_double_the_ceiling_per_retry_up_to_the_maximum() {
    Backoff unit = new Backoff(100, 1000);

    assertThat(List.of(unit.ceiling(1), unit.ceiling(2), unit.ceiling(3), unit.ceiling(4),
        unit.ceiling(5), unit.ceiling(500))).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
  }

  @Test
  void should_draw_a_full_jitter_wait_below_the_ceiling() {
    List<Long> bounds = new ArrayList<>();
    Backoff unit = new Backoff(100, 1000, bound -> {
      bounds.add(bound);
      return bound / 2;
    });

    assertThat(unit.millisBefore(3, -1)).isEqualTo(200);
    assertThat(bounds).containsExactly(400L);
  }

  @Test
  void should_stay_within_bounds_with_the_real_random_source() {
    Backoff unit = new Backoff(10, 80);
    for (int i = 0; i < 1000; i++) {
      assertThat(unit.millisBefore(3, -1)).isBetween(0L, 40L);
    }
  }

  @Test
  void should_honour_retry_after_capped_at_the_maximum() {
    Backoff unit = new Backoff(100, 1000, bound -> {
      throw new AssertionError("no jitter when the server said how long to wait");
    });

    assertThat(unit.millisBefore(1, 700)).isEqualTo(700);
    assertThat(unit.millisBefore(1, 30_000)).isEqualTo(1000);
    assertThat(unit.millisBefore(1, 0)).isZero();
  }

  @Test
  void should_reject_a_negative_backoff() {
    assertThatThrownBy(() -> new Backoff(-1, 10))
        .hasMessage("backoff must be >= 0, got initial=-1 max=10");
  }
}
