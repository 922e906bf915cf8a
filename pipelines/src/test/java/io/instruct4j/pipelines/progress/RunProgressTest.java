package io.instruct4j.pipelines.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line of {@code instruct4j run}: its text, in-place redraws on a terminal, plain lines elsewhere. */
class RunProgressTest {

  private final StringWriter out = new StringWriter();

  @Test
  void should_show_done_total_rate_eta_and_elapsed_time() {
    ProgressLine unit = new ProgressLine("self-qa", "calls", 40, false);

    assertThat(unit.render(10, 5.0)).isEqualTo("self-qa [#####---------------] 10/40 calls  2.0/s  ETA 0:15  0:05");
    assertThat(unit.render(40, 3725.0)).isEqualTo("self-qa [####################] 40/40 calls  0.0/s  1:02:05");
  }

  @Test
  void should_mark_a_planned_upper_bound_and_the_eta_it_gives() {
    ProgressLine unit = new ProgressLine("self-instruct", "calls", 103, true);

    assertThat(unit.render(20, 10.0))
        .isEqualTo("self-instruct [###-----------------] 20/≤103 calls  2.0/s  ETA ≤ 0:42  0:10");
  }

  @Test
  void should_show_count_and_rate_without_a_total_and_only_time_without_a_counter() {
    assertThat(new ProgressLine("self-kg", "calls", 0, false).render(12, 4.0)).isEqualTo("self-kg 12 calls  3.0/s  0:04");
    assertThat(ProgressLine.elapsed("curate").render(0, 42.4)).isEqualTo("curate  running  0:42");
  }

  @Test
  void should_never_draw_more_done_than_total() {
    assertThat(new ProgressLine("x", "calls", 4, false).render(6, 2.0)).startsWith("x [####################] 6/6 calls");
    assertThatThrownBy(() -> new ProgressLine("x", "calls", -1, false)).hasMessage("total must be >= 0, got -1");
  }

  @Test
  void should_redraw_the_status_line_in_place_on_a_terminal_and_erase_it_before_other_output() {
    Terminal unit = new Terminal(new PrintWriter(out), true);

    unit.status("abcdef");
    unit.status("xyz");
    unit.writer().print("round 1 done\n");
    unit.writer().flush();
    unit.status("12");
    unit.line("stage done");

    assertThat(out.toString()).isEqualTo("\rabcdef" + "\rxyz   \rxyz" + "\r   \r" + "round 1 done\n"
        + "\r12" + "\r  \r" + "stage done" + System.lineSeparator());
  }

  @Test
  void should_write_only_whole_lines_when_not_on_a_terminal() {
    Terminal unit = new Terminal(new PrintWriter(out), false);

    unit.status("self-qa [###] 3/40 calls");
    unit.line("self-qa: done");
    unit.clear();

    assertThat(out.toString()).isEqualTo("self-qa: done" + System.lineSeparator());
  }

  @Test
  void should_write_a_plain_line_only_every_interval_when_not_on_a_terminal() {
    AtomicLong clock = new AtomicLong();
    AtomicLong done = new AtomicLong();
    Terminal terminal = new Terminal(new PrintWriter(out), false);
    try (ProgressTicker unit = new ProgressTicker(terminal, new ProgressLine("self-kg", "calls", 10, false), done::get,
        clock::get, 500, 30_000, false)) {
      for (int second = 1; second <= 61; second++) {
        clock.set(second * 1_000_000_000L);
        done.set(second / 10);
        unit.tick();
      }
    }

    assertThat(out.toString().lines()).containsExactly(
        "self-kg [######--------------] 3/10 calls  0.1/s  ETA 1:10  0:30",
        "self-kg [############--------] 6/10 calls  0.1/s  ETA 0:40  1:00");
  }

  @Test
  void should_redraw_on_every_tick_on_a_terminal() {
    AtomicLong clock = new AtomicLong();
    Terminal terminal = new Terminal(new PrintWriter(out), true);
    try (ProgressTicker unit = new ProgressTicker(terminal, ProgressLine.elapsed("curate"), () -> 0, clock::get,
        500, 30_000, false)) {
      clock.set(1_000_000_000L);
      unit.tick();
      clock.set(2_000_000_000L);
      unit.tick();
    }

    assertThat(out.toString()).isEqualTo("\rcurate  running  0:01\rcurate  running  0:02\r" + " ".repeat(21) + "\r");
  }
}
