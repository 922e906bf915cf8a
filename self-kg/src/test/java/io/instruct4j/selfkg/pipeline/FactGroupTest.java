package io.instruct4j.selfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.selfkg.kg.Triple;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactGroupTest {

  private final FactGroup unit = new FactGroup("偏头痛",
      List.of(Triple.of("偏头痛", "所属科室", "神经内科", null), Triple.of("偏头痛", "相关症状", "恶心", null)),
      List.of(Triple.of("恶心", "相关症状", "呕吐", null), Triple.of("神经内科", "位于", "门诊楼", null)));

  @Test
  void should_cap_the_prompt_facts_keeping_own_facts_first_in_order() {
    assertThat(unit.firstFacts(3)).extracting(Triple::tail).containsExactly("神经内科", "恶心", "呕吐");
    assertThat(unit.leftOut(3)).isEqualTo(1);
    assertThat(unit.firstFacts(10)).hasSize(4);
    assertThat(unit.leftOut(10)).isZero();
  }
}
