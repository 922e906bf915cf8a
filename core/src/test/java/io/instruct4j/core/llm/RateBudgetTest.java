package io.instruct4j.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateBudgetTest {

  private static final long MS = 1_000_000L;
  private final AtomicLong now = new AtomicLong(1_000 * MS);

  @Test
  void should_space_requests_evenly() {
    RateBudget unit = new RateBudget(600, now::get); // 100 ms per request

    assertThat(unit.reserve(1)).isZero();
    assertThat(unit.reserve(1)).isEqualTo(100 * MS);
    assertThat(unit.reserve(1)).isEqualTo(200 * MS);
    now.addAndGet(250 * MS);
    assertThat(unit.reserve(1)).isEqualTo(50 * MS);
  }

  @Test
  void should_keep_at_most_one_second_of_unused_budget_for_a_burst() {
    RateBudget unit = new RateBudget(600, now::get); // 10 per second stored at most
    now.addAndGet(60_000 * MS);

    for (int i = 0; i < 10; i++) {
      assertThat(unit.reserve(1)).isZero();
    }
    assertThat(unit.reserve(1)).isZero(); // the 11th starts the paced schedule...
    assertThat(unit.reserve(1)).isEqualTo(100 * MS); // ...and the 12th waits
  }

  @Test
  void should_charge_and_refund_the_difference_to_an_estimate() {
    RateBudget unit = new RateBudget(6000, now::get); // 10 ms per token

    unit.reserve(50);
    unit.adjust(-30); // used 20 of the 50 reserved
    assertThat(unit.reserve(1)).isEqualTo(200 * MS);
    unit.adjust(40);
    assertThat(unit.reserve(1)).isEqualTo(610 * MS);
  }

  @Test
  void should_reject_a_budget_below_one() {
    assertThatThrownBy(() -> new RateBudget(0, now::get))
        .hasMessage("a per-minute budget must be at least 1, got 0");
  }
}
