package io.instruct4j.selfinstruct.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.selfinstruct.instance.Instance;
import io.instruct4j.selfinstruct.prompt.SelfInstructPrompts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The in-context examples of each instance prompt are what a model imitates, so the parser must
 * read them back exactly: each example block, without its task line, parses into its instances.
 */
class PromptParserAgreementTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "en, self-instruct/instances-input-first, 'Task: ', 1 2 2 1 2 2",
      "zh, self-instruct/instances-input-first, '任务：', 1 2 2 1 2 2",
      "en, self-instruct/instances-output-first, 'Task: ', 3 2 2 2 1 2",
      "zh, self-instruct/instances-output-first, '任务：', 3 2 2 2 1 2",
  })
  void should_parse_the_prompts_own_examples(String language, String id, String taskLabel, String counts) {
    String body = SelfInstructPrompts.forLanguage(language).template(id).body();
    boolean classification = id.endsWith("output-first");
    List<Integer> parsed = new ArrayList<>();
    for (String block : body.split("\n\n" + taskLabel)) {
      if (block.startsWith("{{instruction}}") || !body.contains(taskLabel + block)) {
        continue; // the header paragraph and the final task are not examples
      }
      String examples = block.substring(block.indexOf('\n') + 1);
      ParsedInstances result = InstanceParser.parse(examples, classification, false);
      assertThat(result.dropped()).as(block).isEmpty();
      assertThat(result.instances()).as(block).allSatisfy(i -> assertThat(i.output()).isNotBlank());
      parsed.add(result.instances().size());
    }
    assertThat(parsed).map(String::valueOf).containsExactly(counts.split(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en", "zh"})
  void should_read_the_sort_example_with_its_field_name(String language) {
    String body = SelfInstructPrompts.forLanguage(language)
        .template(SelfInstructPrompts.INSTANCES_INPUT_FIRST).body();
    String label = language.equals("en") ? "List: " : "列表：";
    int start = body.indexOf(language.equals("en") ? "Example 1\nList" : "示例 1\n列表");
    String block = body.substring(start, body.indexOf("\n\n", start));

    List<Instance> instances = InstanceParser.parseInputFirst(block, false).instances();

    assertThat(instances).containsExactly(
        new Instance(label + "[10, 92, 2, 5, -4, 92, 5, 101]", "[-4, 2, 5, 5, 10, 92, 92, 101]"),
        new Instance(label + "[9.99, 10, -5, -1000, 5e6, 999]", "[-1000, -5, 9.99, 10, 999, 5e6]"));
  }
}
