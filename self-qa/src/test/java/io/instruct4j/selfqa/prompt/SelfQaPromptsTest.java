package io.instruct4j.selfqa.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.prompt.RenderedPrompt;
import org.junit.jupiter.api.Test;

class SelfQaPromptsTest {

  @Test
  void should_render_the_english_prompts_with_their_ids_and_versions() {
    SelfQaPrompts unit = SelfQaPrompts.forLanguage("en");

    RenderedPrompt q = unit.questions("Helios H10 Manual › Installation", "Mount it upright.", 3);
    RenderedPrompt a = unit.answer("Helios H10 Manual", "Mount it upright.", "How is the Helios H10 mounted?");

    assertThat(q.templateId()).isEqualTo("self-qa/questions");
    assertThat(q.templateVersion()).isEqualTo("1");
    assertThat(q.text()).contains("write 3 questions").contains("Source: Helios H10 Manual › Installation\nPassage:\n"
        + "\"\"\"\nMount it upright.\n\"\"\"").endsWith("numbered 1. to 3.");
    assertThat(a.templateId()).isEqualTo("self-qa/answer");
    assertThat(a.text()).contains("NOT ANSWERABLE").endsWith("Question: How is the Helios H10 mounted?\nAnswer:");
  }

  @Test
  void should_render_the_chinese_prompts() {
    SelfQaPrompts unit = SelfQaPrompts.forLanguage("zh");

    assertThat(unit.questions("储能规定", "第一条 适用范围。", 2).text()).contains("提出 2 个").contains("不要出现\"上文\"");
    assertThat(unit.answer("储能规定", "第一条 适用范围。", "适用范围是什么？").text()).endsWith("问题：适用范围是什么？\n回答：");
  }

  @Test
  void should_refuse_bad_arguments() {
    assertThatThrownBy(() -> SelfQaPrompts.forLanguage("fr")).hasMessageContaining("unknown prompt language 'fr'");
    assertThatThrownBy(() -> SelfQaPrompts.forLanguage("en").questions("s", "p", 0))
        .hasMessage("question count must be at least 1, got 0");
    assertThatThrownBy(() -> SelfQaPrompts.forLanguage("en").answer("s", " ", "q"))
        .hasMessage("passage must not be blank, got ' '");
  }
}
