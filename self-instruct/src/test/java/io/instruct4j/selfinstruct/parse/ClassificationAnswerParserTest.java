package io.instruct4j.selfinstruct.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClassificationAnswerParserTest {

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("Yes", Optional.of(true)),
        Arguments.of("yes.", Optional.of(true)),
        Arguments.of("YES", Optional.of(true)),
        Arguments.of(" Yes, it is a classification task because the labels are fixed.", Optional.of(true)),
        Arguments.of("**Yes**", Optional.of(true)),
        Arguments.of("Is it classification? Yes", Optional.of(true)),
        Arguments.of("Task: Detect spam.\nIs it classification? Yes", Optional.of(true)),
        Arguments.of("Answer: Yes", Optional.of(true)),
        Arguments.of("**Answer:**\nYes", Optional.of(true)),
        Arguments.of("\"Yes\"", Optional.of(true)),
        Arguments.of("Yes\n\nTask: Write a poem.\nIs it classification? No", Optional.of(true)),
        Arguments.of("<think>It has labels, so no free text... yes.</think>\nYes", Optional.of(true)),
        Arguments.of("<think>\n\n</think>\n\n否", Optional.of(false)),
        Arguments.of("<think>Could be yes. Could be no.", Optional.empty()),
        Arguments.of("No", Optional.of(false)),
        Arguments.of("no", Optional.of(false)),
        Arguments.of("No.", Optional.of(false)),
        Arguments.of("No, the output is free-form text.", Optional.of(false)),
        Arguments.of("**No**", Optional.of(false)),
        Arguments.of("Is it classification? No", Optional.of(false)),
        Arguments.of("是", Optional.of(true)),
        Arguments.of("是的", Optional.of(true)),
        Arguments.of("是。", Optional.of(true)),
        Arguments.of("是，这是一个分类任务。", Optional.of(true)),
        Arguments.of("是否为分类任务？是", Optional.of(true)),
        Arguments.of("**是**", Optional.of(true)),
        Arguments.of("否", Optional.of(false)),
        Arguments.of("否。", Optional.of(false)),
        Arguments.of("不是", Optional.of(false)),
        Arguments.of("不是，输出是开放式文本。", Optional.of(false)),
        Arguments.of("是否为分类任务？否", Optional.of(false)),
        Arguments.of("答案：否", Optional.of(false)),
        Arguments.of("Yes and no", Optional.empty()),
        Arguments.of("Yes or no", Optional.empty()),
        Arguments.of("yes/no", Optional.empty()),
        Arguments.of("It depends on the labels.", Optional.empty()),
        Arguments.of("Maybe", Optional.empty()),
        Arguments.of("Nope", Optional.empty()),
        Arguments.of("Not really", Optional.empty()),
        Arguments.of("Yesterday I would have said no.", Optional.empty()),
        Arguments.of("This task can be regarded as classification.", Optional.empty()),
        Arguments.of("", Optional.empty()),
        Arguments.of("   \n ", Optional.empty()),
        Arguments.of("不确定", Optional.empty()),
        Arguments.of("不一定", Optional.empty()),
        Arguments.of("是也不是", Optional.empty()),
        Arguments.of("是否", Optional.empty()),
        Arguments.of("是不是分类任务很难说", Optional.empty()),
        Arguments.of("这取决于标签。", Optional.empty()));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @MethodSource("answers")
  void should_read_the_answer_or_give_up(String reply, Optional<Boolean> expected) {
    assertThat(ClassificationAnswerParser.parse(reply)).isEqualTo(expected);
  }
}
