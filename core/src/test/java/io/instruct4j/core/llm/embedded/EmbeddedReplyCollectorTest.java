package io.instruct4j.core.llm.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.llm.FinishReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stream frames to a reply: stop sequences, end-of-generation tokens, the token budget. */
class EmbeddedReplyCollectorTest {

  private static Reply collect(List<String> stops, int budget, String... frames) {
    ReplyCollector unit = new ReplyCollector(stops);
    for (String frame : frames) {
      if (!unit.add(frame)) {
        break;
      }
    }
    return unit.finish(12, budget);
  }

  @Test
  void should_report_length_with_the_whole_budget_when_no_stop_was_seen() {
    Reply reply = collect(List.of(), 4, " the", " cat", " sat", " on");

    assertThat(reply).isEqualTo(new Reply(" the cat sat on", FinishReason.LENGTH, 12, 4));
  }

  @Test
  void should_report_stop_and_count_the_end_of_generation_token_when_the_last_frame_is_empty() {
    Reply reply = collect(List.of(), 64, " the", " cat", "");

    assertThat(reply).isEqualTo(new Reply(" the cat", FinishReason.STOP, 12, 3));
  }

  @Test
  void should_cut_at_a_stop_sequence_split_across_frames_and_stop_reading() {
    ReplyCollector unit = new ReplyCollector(List.of("END"));

    assertThat(unit.add("one E")).isTrue();
    assertThat(unit.add("N")).isTrue();
    assertThat(unit.add("D two")).isFalse();
    assertThat(unit.finish(5, 64)).isEqualTo(new Reply("one ", FinishReason.STOP, 5, 3));
  }

  @Test
  void should_cut_at_the_earliest_of_several_stop_sequences() {
    Reply reply = collect(List.of("zz", "\n\n", "b"), 64, "a\n", "\nbzz");

    assertThat(reply).isEqualTo(new Reply("a", FinishReason.STOP, 12, 2));
  }

  @Test
  void should_ignore_empty_stop_sequences() {
    Reply reply = collect(List.of(""), 2, "a", "b");

    assertThat(reply).isEqualTo(new Reply("ab", FinishReason.LENGTH, 12, 2));
  }

  @Test
  void should_report_length_for_a_reply_with_no_frames_at_all() {
    assertThat(collect(List.of(), 1)).isEqualTo(new Reply("", FinishReason.LENGTH, 12, 1));
  }
}
