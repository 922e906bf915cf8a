package io.instruct4j.selfkg.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.prompt.RenderedPrompt;
import io.instruct4j.selfkg.SelfKgConfig;
import io.instruct4j.selfkg.kg.Triple;
import java.util.List;
import org.junit.jupiter.api.Test;

class KgPromptsTest {

  private static final List<Triple> FACTS = List.of(
      Triple.of("偏头痛", "所属科室", "神经内科", null), Triple.of("偏头痛", "相关症状", "头痛", null));

  @Test
  void should_write_the_facts_numbered_into_the_chinese_prompt() {
    KgPrompts unit = new KgPrompts(SelfKgConfig.defaults().withDomain("医学").withPromptLimits(30, 4), "zh");

    RenderedPrompt prompt = unit.render("偏头痛", FACTS);

    assertThat(prompt.templateId()).isEqualTo("self-kg/generate");
    assertThat(prompt.templateVersion()).isEqualTo("1");
    assertThat(prompt.text())
        .startsWith("你要为医学领域的助手编写训练用的问答对。只能使用下面关于“偏头痛”的事实")
        .contains("事实（主体 | 关系 | 客体）：\n1. 偏头痛 | 所属科室 | 神经内科\n2. 偏头痛 | 相关症状 | 头痛\n\n请写出4个不同的问答对")
        .endsWith("问：<问题>\n答：<回答>");
  }

  @Test
  void should_use_a_neutral_english_domain_by_default_and_ask_for_the_configured_count() {
    KgPrompts unit = new KgPrompts(SelfKgConfig.defaults(), "en");

    String text = unit.call("migraine", List.of(Triple.of("migraine", "symptom", "nausea", null))).messages().get(0).content();

    assertThat(text).startsWith("You write question–answer pairs for training an assistant in general knowledge.")
        .contains("1. migraine | symptom | nausea\n\nWrite 5 different question–answer pairs.");
  }
}
