package io.instruct4j.filters.curate;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.quality.QualityFilters;
import org.junit.jupiter.api.Test;

class QualityGateTest {

  private final QualityGate unit = new QualityGate(QualityFilters.defaults());

  @Test
  void should_reject_with_the_first_failing_filter_and_the_candidate_source() {
    Example empty = Example.of("Name the capital of Japan.", "", "", Method.IMPORTED, "en");

    assertThat(unit.check(new Candidate(7, "alpaca.json:3", empty))).contains(new StepReject(CurateStep.QUALITY, 7,
        new Reject("curate", "empty_output", "output is empty", null, empty, null, "alpaca.json:3")));
  }

  @Test
  void should_reject_a_chinese_echo_of_the_input() {
    Example echo = Example.of("重复下面的句子。", "我喜欢喝茶。", "我喜欢喝茶。", Method.SELF_INSTRUCT, "zh");

    assertThat(unit.check(new Candidate(0, "zh.jsonl:1", echo))).map(StepReject::reject).map(Reject::reason)
        .contains("output equals the input after whitespace normalization (6 characters)");
  }

  @Test
  void should_pass_a_good_example() {
    Example good = Example.of("Translate 'good morning' into French.", "", "Bonjour.", Method.SEED, "en");

    assertThat(unit.check(new Candidate(0, "seeds.jsonl:1", good))).isEmpty();
  }
}
