package io.instruct4j.selfinstruct.prompt;

import io.instruct4j.core.prompt.PromptLibrary;
import io.instruct4j.core.prompt.PromptTemplate;
import io.instruct4j.core.prompt.RenderedPrompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelfInstructPromptsTest {

  private static final List<String> IDS = List.of(
      SelfInstructPrompts.BOOTSTRAP, SelfInstructPrompts.CLASSIFY,
      SelfInstructPrompts.INSTANCES_INPUT_FIRST, SelfInstructPrompts.INSTANCES_OUTPUT_FIRST);

  @Test
  void should_render_the_english_bootstrap_prompt_as_a_numbered_list_to_continue() {
    SelfInstructPrompts unit = SelfInstructPrompts.forLanguage("en");

    RenderedPrompt prompt = unit.bootstrap(List.of("Give me a  quote\nfrom a famous person:", "Sort the list."), 5);

    assertThat(prompt.text()).isEqualTo("""
        Come up with a series of tasks:

        1. Give me a quote from a famous person
        2. Sort the list.

        Continue the list with new tasks numbered 3 to 5, in the same format: one task per item, \
        each item starting with its number ("3. "). Make the tasks diverse in topic and in kind \
        (for example writing, rewriting, classification, extraction, reasoning, open-ended questions). \
        Each task must be a single instruction that a language model can carry out with text alone. \
        Reply with items 3 to 5 only, and nothing else.""");
    assertThat(prompt.templateId()).isEqualTo("self-instruct/bootstrap");
    assertThat(prompt.templateVersion()).isEqualTo("1");
    assertThat(prompt.language()).isEqualTo("en");
  }

  @Test
  void should_ask_for_items_nine_to_twenty_after_eight_examples() {
    SelfInstructPrompts unit = SelfInstructPrompts.forLanguage("zh");
    List<String> eight = List.of("任务一。", "任务二。", "任务三。", "任务四。", "任务五。", "任务六。", "任务七。", "任务八：");

    String text = unit.bootstrap(eight).text();

    assertThat(text).startsWith("请想出一系列任务：\n\n1. 任务一。\n2. 任务二。\n");
    assertThat(text).contains("\n8. 任务八\n\n");
    assertThat(text).contains("编号从 9 到 20").contains("只输出第 9 到第 20 项").contains("用中文书写");
  }

  @Test
  void should_end_the_classification_prompt_with_the_target_task() {
    String en = SelfInstructPrompts.forLanguage("en").classify("  Detect the language of a tweet. ").text();
    String zh = SelfInstructPrompts.forLanguage("zh").classify("判断这条评论是好评还是差评。").text();

    assertThat(en).startsWith("Can the following task be regarded as a classification task with finite output labels?");
    assertThat(en).endsWith("\n\nTask: Detect the language of a tweet.\nIs it classification?");
    assertThat(en.split("Is it classification\\? Yes", -1)).hasSize(7);
    assertThat(en.split("Is it classification\\? No", -1)).hasSize(7);
    assertThat(zh).startsWith("下面的任务能否被视为输出标签有限的分类任务？");
    assertThat(zh).endsWith("\n\n任务：判断这条评论是好评还是差评。\n是否为分类任务？");
    assertThat(zh.split("是否为分类任务？是", -1)).hasSize(7);
    assertThat(zh.split("是否为分类任务？否", -1)).hasSize(7);
  }

  @Test
  void should_pick_the_instance_prompt_by_the_classification_flag() {
    SelfInstructPrompts unit = SelfInstructPrompts.forLanguage("en");

    RenderedPrompt inputFirst = unit.instances("Sort the numbers.", false, 3);
    RenderedPrompt outputFirst = unit.instances("Detect spam.", true, 4);

    assertThat(inputFirst.templateId()).isEqualTo("self-instruct/instances-input-first");
    assertThat(inputFirst.text()).contains("\nTask: Sort the numbers.\n\nWrite up to 3 examples for this last task");
    assertThat(outputFirst.templateId()).isEqualTo("self-instruct/instances-output-first");
    assertThat(outputFirst.text()).contains("\nTask: Detect spam.\n\nWrite up to 4 examples for this last task")
        .contains("\"Class label:\"");
  }

  @Test
  void should_write_chinese_instance_prompts_with_chinese_labels() {
    SelfInstructPrompts unit = SelfInstructPrompts.forLanguage("zh");

    assertThat(unit.instances("把句子改写成被动语态。", false, 5).text())
        .contains("\n任务：把句子改写成被动语态。\n\n请按照上面的格式，为最后这个任务编写最多 5 个示例")
        .contains("示例 1\n").contains("输出：");
    assertThat(unit.instances("判断新闻的类别。", true, 2).text())
        .contains("\n任务：判断新闻的类别。\n\n请按照上面的格式，为最后这个任务编写最多 2 个示例")
        .contains("类别标签：");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void should_version_every_template_and_use_the_same_variables_in_both_languages(String language) {
    SelfInstructPrompts unit = SelfInstructPrompts.forLanguage(language);
    SelfInstructPrompts english = SelfInstructPrompts.forLanguage("en");

    for (String id : IDS) {
      PromptTemplate t = unit.template(id);
      assertThat(t.version()).as(id).isEqualTo("1");
      assertThat(t.language()).isEqualTo(language);
      assertThat(t.resource()).isEqualTo("prompts/" + language + "/" + id + ".txt");
      assertThat(t.variables()).as(id).containsExactlyInAnyOrderElementsOf(english.template(id).variables());
    }
  }

  @Test
  void should_fail_loudly_on_an_unknown_language_or_bad_arguments() {
    assertThatThrownBy(() -> SelfInstructPrompts.forLanguage("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown prompt language 'fr': prompts exist for [en, zh]");
    SelfInstructPrompts unit = SelfInstructPrompts.forLanguage("en");
    assertThatThrownBy(() -> unit.bootstrap(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a bootstrap prompt needs at least one in-context instruction");
    assertThatThrownBy(() -> unit.bootstrap(List.of("a", "b"), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lastItem must be above the 2 in-context instructions, got 2");
    assertThatThrownBy(() -> unit.instances("Sort.", false, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxInstances must be at least 1, got 0");
    assertThatThrownBy(() -> unit.classify(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instruction must not be blank, got ' '");
  }

  @Test
  void should_report_a_missing_template_resource() {
    assertThatThrownBy(() -> PromptLibrary.get("en", "self-instruct/nope"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("prompt resource prompts/en/self-instruct/nope.txt is missing from the classpath");
  }

  @Test
  void should_survive_java_serialization_as_beam_ships_it_to_workers() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(SelfInstructPrompts.forLanguage("en"));
    }
    SelfInstructPrompts unit;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      unit = (SelfInstructPrompts) in.readObject();
    }

    assertThat(unit.classify("Detect sarcasm.").text()).endsWith("Task: Detect sarcasm.\nIs it classification?");
  }
}
