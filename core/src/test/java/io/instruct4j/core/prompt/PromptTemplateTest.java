package io.instruct4j.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

  private static final String TEXT = "# version: 3\nTask: {{instruction}}\nGive {{max_instances}} examples of {{instruction}}.\n";

  @Test
  void should_strip_the_version_line_and_fill_every_variable() {
    PromptTemplate unit = PromptTemplate.parse("t/x", "en", "prompts/en/t/x.txt", TEXT);

    assertThat(unit.version()).isEqualTo("3");
    assertThat(unit.id()).isEqualTo("t/x");
    assertThat(unit.language()).isEqualTo("en");
    assertThat(unit.variables()).containsExactly("instruction", "max_instances");
    assertThat(unit.render(Map.of("instruction", "Sort $1 \\ list", "max_instances", 5)))
        .isEqualTo("Task: Sort $1 \\ list\nGive 5 examples of Sort $1 \\ list.");
  }

  @Test
  void should_fail_on_a_missing_variable() {
    PromptTemplate unit = PromptTemplate.parse("t/x", "en", "prompts/en/t/x.txt", TEXT);

    assertThatThrownBy(() -> unit.render(Map.of("instruction", "Sort")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prompt prompts/en/t/x.txt needs variable(s) [max_instances] but got only [instruction]");
  }

  @Test
  void should_fail_on_an_unknown_variable() {
    PromptTemplate unit = PromptTemplate.parse("t/x", "en", "prompts/en/t/x.txt", TEXT);

    assertThatThrownBy(() -> unit.render(Map.of("instruction", "Sort", "max_instances", 5, "max_instance", 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prompt prompts/en/t/x.txt has no variable(s) [max_instance]; its variables are [instruction, max_instances]");
  }

  @Test
  void should_refuse_a_file_without_a_version_line() {
    assertThatThrownBy(() -> PromptTemplate.parse("t/x", "en", "prompts/en/t/x.txt", "Task: {{instruction}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prompts/en/t/x.txt line 1: expected '# version: N', got 'Task: {{instruction}}'");
  }

  @Test
  void should_refuse_a_malformed_placeholder() {
    assertThatThrownBy(() -> PromptTemplate.parse("t/x", "en", "r.txt", "# version: 1\nTask: {{ Instruction }}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("r.txt: malformed placeholder near '{{ Instruction }}' (write {{lower_snake_case}})");
  }

  @Test
  void should_refuse_an_empty_body() {
    assertThatThrownBy(() -> PromptTemplate.parse("t/x", "en", "r.txt", "# version: 1\n\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("r.txt: the template body is empty");
  }
}
