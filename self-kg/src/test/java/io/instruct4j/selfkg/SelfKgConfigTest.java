package io.instruct4j.selfkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfKgConfigTest {

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void should_read_the_yaml_section_with_defaults_for_what_is_left_out() throws Exception {
    SelfKgConfig unit = YAML.readValue("""
        inputs: [kg.tsv]
        header: true
        hops: 2
        templates:
          capital:
            aliases: capital city
            en: {questions: "What is the capital of {head}?", answer: "The capital of {head} is {tails}."}
        """, SelfKgConfig.class);

    assertThat(unit.inputs()).containsExactly("kg.tsv");
    assertThat(unit.header()).isEqualTo("true");
    assertThat(unit.hops()).isEqualTo(2);
    assertThat(unit.generator()).isEqualTo("both");
    assertThat(unit.columns()).isEqualTo(List.of("head", "relation", "tail"));
    assertThat(unit.entityKey()).isEqualTo("中心词");
    assertThat(unit.templates().get("capital").aliases()).containsExactly("capital city");
    assertThat(unit.maxFactsPerPrompt()).isEqualTo(30);
    assertThat(unit.domainOr("zh")).isEqualTo("通用知识");
    assertThat(unit.labelLanguageOr("zh")).isEqualTo("zh");
  }

  @Test
  void should_name_the_setting_and_the_bad_value() {
    assertThatThrownBy(() -> SelfKgConfig.defaults().withHops(3))
        .hasMessage("self_kg.hops must be 1 or 2, got 3");
    assertThatThrownBy(() -> SelfKgConfig.defaults().withGenerator("rules"))
        .hasMessage("self_kg.generator must be one of [template, llm, both], got 'rules'");
    assertThatThrownBy(() -> SelfKgConfig.defaults().withAnswerMustMention("most"))
        .hasMessage("self_kg.answer_must_mention must be one of [any, all], got 'most'");
    assertThatThrownBy(() -> SelfKgConfig.defaults().withPromptLimits(0, 5))
        .hasMessage("self_kg.max_facts_per_prompt must be at least 1, got 0");
  }
}
