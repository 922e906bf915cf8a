package io.instruct4j.filters.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TruncatedOutputFilterTest {

  private final QualityFilter unit = QualityFilters.truncatedOutput();

  static Stream<Arguments> complete() {
    return Stream.of(
        arguments("The capital of France is Paris."),
        arguments("1) Preheat the oven 2) Bake"),
        arguments("The interval [0, 1) is half-open."),
        arguments("Use this:\n```python\nprint('a:')\n```"),
        arguments("```js\nif (x) {\n```\nDone"),
        arguments("Call `f(` first."),
        arguments("比例是3:1"),
        arguments("他说：「你好」。"),
        arguments("Wait..."),
        arguments("Mix the flour; stir"),
        arguments("Run ```ls -la``` now"),
        arguments(""));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("complete")
  void should_accept_complete_outputs(String output) {
    assertThat(Examples.verdict(unit, Examples.output(output))).isEmpty();
  }

  static Stream<Arguments> truncated() {
    return Stream.of(
        arguments("The steps are:", "output truncated: ends with ':'"),
        arguments("The steps are:\n\n  ", "output truncated: ends with ':'"),
        arguments("步骤如下：", "output truncated: ends with '：'"),
        arguments("First, mix the flour,", "output truncated: ends with ','"),
        arguments("首先，", "output truncated: ends with '，'"),
        arguments("苹果、香蕉、", "output truncated: ends with '、'"),
        arguments("The list:\n```\na\n```\nand then,", "output truncated: ends with ','"),
        arguments("Here is the code:\n```python\ndef f():\n    return 1", "output truncated: unclosed ``` code fence"),
        arguments("~~~~\ncode\n~~~", "output truncated: unclosed ~~~~ code fence"),
        arguments("```\na,", "output truncated: unclosed ``` code fence"),
        arguments("The result is f(x", "output truncated: unclosed '('"),
        arguments("参见《红楼梦", "output truncated: unclosed '《'"),
        arguments("Nested (a [b", "output truncated: unclosed '(', '['"));
  }

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @MethodSource("truncated")
  void should_reject_outputs_that_stop_mid_way(String output, String expected) {
    assertThat(Examples.verdict(unit, Examples.output(output))).isEqualTo(expected);
  }

  @Test
  void should_be_named_truncated_output() {
    assertThat(unit.name()).isEqualTo("truncated_output");
  }
}
