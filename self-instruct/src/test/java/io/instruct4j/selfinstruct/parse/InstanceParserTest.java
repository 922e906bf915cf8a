package io.instruct4j.selfinstruct.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.selfinstruct.instance.Instance;
import org.junit.jupiter.api.Test;

class InstanceParserTest {

  @Test
  void should_parse_input_first_examples_with_field_names_as_in_the_reference() {
    String reply = """
        Example 1
        List: [3, 1, 2]
        Output: [1, 2, 3]
        Example 2
        List: [10, -4, 7, 7]
        Output: [-4, 7, 7, 10]""";

    ParsedInstances result = InstanceParser.parseInputFirst(reply, false);

    assertThat(result.instances()).containsExactly(
        new Instance("List: [3, 1, 2]", "[1, 2, 3]"),
        new Instance("List: [10, -4, 7, 7]", "[-4, 7, 7, 10]"));
    assertThat(result.dropped()).isEmpty();
  }

  @Test
  void should_strip_the_input_label_and_markdown_of_a_chatty_reply() {
    String reply = """
        Sure! Here are 3 examples:

        **Example 1:**
        **Input:** The movie was a complete waste of time.
        **Output:** The film did not live up to my expectations.

        **Example 2:**
        **Input:** This phone is garbage.
        **Output:** I am disappointed with the quality of this phone.

        ### Example 3
        - **Input**: Your code is a mess.
        - **Output**: Your code could be organized more clearly.

        I hope these examples help!""";

    ParsedInstances result = InstanceParser.parseInputFirst(reply, false);

    assertThat(result.instances()).containsExactly(
        new Instance("The movie was a complete waste of time.", "The film did not live up to my expectations."),
        new Instance("This phone is garbage.", "I am disappointed with the quality of this phone."),
        new Instance("Your code is a mess.", "Your code could be organized more clearly."));
    assertThat(result.dropped()).containsExactly(
        new Dropped("Sure! Here are 3 examples:", "preamble"),
        new Dropped("I hope these examples help!", "trailing text"));
  }

  @Test
  void should_take_output_only_examples_for_tasks_without_input() {
    String reply = """
        Example 1
        Output: Roses bloom in June,
        bees hum a quiet tune.
        Example 2
        Output: Snow on the pine tree,
        silence as far as I see.""";

    ParsedInstances result = InstanceParser.parseInputFirst(reply, false);

    assertThat(result.instances()).containsExactly(
        new Instance("", "Roses bloom in June,\nbees hum a quiet tune."),
        new Instance("", "Snow on the pine tree,\nsilence as far as I see."));
  }

  @Test
  void should_parse_a_single_output_without_example_headers() {
    ParsedInstances result = InstanceParser.parseInputFirst("Output:\n- Plank\n- Squats\n- Lunges", false);

    assertThat(result.instances()).containsExactly(new Instance("", "- Plank\n- Squats\n- Lunges"));
  }

  @Test
  void should_split_headerless_input_output_pairs() {
    String reply = """
        Input: 12
        Output: 144

        Input: 7 Output: 49
        Input: -3
        Output: 9""";

    ParsedInstances result = InstanceParser.parseInputFirst(reply, false);

    assertThat(result.instances()).containsExactly(
        new Instance("12", "144"), new Instance("7", "49"), new Instance("-3", "9"));
  }

  @Test
  void should_parse_chinese_input_first_examples_with_full_width_colons() {
    String reply = """
        示例 1
        句子：这家店的服务太差了，等了一个小时才上菜。
        输出：这家店的上菜速度有待提高。
        示例二：
        输入：你这个方案根本行不通。
        输出：这个方案可能还需要进一步完善。
        **示例3**
        **输入：** 这什么破手机，用两天就卡。
        **输出：** 这款手机使用一段时间后运行速度有所下降。""";

    ParsedInstances result = InstanceParser.parseInputFirst(reply, false);

    assertThat(result.instances()).containsExactly(
        new Instance("句子：这家店的服务太差了，等了一个小时才上菜。", "这家店的上菜速度有待提高。"),
        new Instance("你这个方案根本行不通。", "这个方案可能还需要进一步完善。"),
        new Instance("这什么破手机，用两天就卡。", "这款手机使用一段时间后运行速度有所下降。"));
    assertThat(result.dropped()).isEmpty();
  }

  @Test
  void should_put_text_after_a_header_on_the_same_line_into_the_example() {
    ParsedInstances result = InstanceParser.parseInputFirst(
        "Example 1: Input: 2 + 2 Output: 4\nExample 2: Input: 3 * 3 Output: 9", false);

    assertThat(result.instances()).containsExactly(new Instance("2 + 2", "4"), new Instance("3 * 3", "9"));
  }

  @Test
  void should_drop_the_last_example_of_a_truncated_reply() {
    String reply = """
        Example 1
        Word: happy
        Output: sad
        Example 2
        Word: tall
        Output: short
        Example 3
        Word: bright
        Output: da""";

    ParsedInstances result = InstanceParser.parseInputFirst(reply, true);

    assertThat(result.instances()).containsExactly(new Instance("Word: happy", "sad"), new Instance("Word: tall", "short"));
    assertThat(result.dropped()).containsExactly(new Dropped("Word: bright\nOutput: da", "truncated"));
  }

  @Test
  void should_record_an_example_whose_output_is_missing() {
    String reply = """
        Example 1
        Input: The cat sat on the mat.
        Output: Le chat était assis sur le tapis.
        Example 2
        Input: I like apples.""";

    ParsedInstances result = InstanceParser.parseInputFirst(reply, false);

    assertThat(result.instances()).containsExactly(
        new Instance("The cat sat on the mat.", "Le chat était assis sur le tapis."));
    assertThat(result.dropped()).containsExactly(new Dropped("Input: I like apples.", "input without output"));
  }

  @Test
  void should_report_an_input_first_reply_without_examples_or_outputs() {
    String reply = "I'm sorry, I can't create examples for this task.";

    ParsedInstances result = InstanceParser.parseInputFirst(reply, false);

    assertThat(result.instances()).isEmpty();
    assertThat(result.dropped()).containsExactly(new Dropped(reply, "no 'Example' header or 'Output:' label"));
  }

  @Test
  void should_parse_output_first_class_labels_with_multiline_inputs() {
    String reply = """
        Class label: Satisfied
        Dialogue:
        - Agent: Your package will arrive tomorrow.
        - Customer: Great, thanks for the quick help!
        Class label: Unsatisfied
        Dialogue:
        - Agent: We cannot refund this item.
        - Customer: That is ridiculous.""";

    ParsedInstances result = InstanceParser.parseOutputFirst(reply, false);

    assertThat(result.instances()).containsExactly(
        new Instance("Dialogue:\n- Agent: Your package will arrive tomorrow.\n- Customer: Great, thanks for the quick help!",
            "Satisfied"),
        new Instance("Dialogue:\n- Agent: We cannot refund this item.\n- Customer: That is ridiculous.", "Unsatisfied"));
    assertThat(result.dropped()).isEmpty();
  }

  @Test
  void should_parse_output_first_replies_with_headers_bold_and_input_labels() {
    String reply = """
        Here are the examples:

        **Example 1**
        **Class label:** Positive
        Input: I love the new update, everything is faster.

        **Example 2**
        **Class Label:** **Negative**
        Input: The app crashes every time I open it.""";

    ParsedInstances result = InstanceParser.parseOutputFirst(reply, false);

    assertThat(result.instances()).containsExactly(
        new Instance("I love the new update, everything is faster.", "Positive"),
        new Instance("The app crashes every time I open it.", "Negative"));
    assertThat(result.dropped()).containsExactly(new Dropped("Here are the examples:", "preamble"));
  }

  @Test
  void should_parse_chinese_output_first_replies_and_labels_without_input() {
    String reply = """
        类别标签：积极
        句子：今天的晚霞真美，心情一下子就好了。
        类别标签：消极
        句子：排了两个小时的队，结果卖完了。

        类别标签：中性""";

    ParsedInstances result = InstanceParser.parseOutputFirst(reply, false);

    assertThat(result.instances()).containsExactly(
        new Instance("句子：今天的晚霞真美，心情一下子就好了。", "积极"),
        new Instance("句子：排了两个小时的队，结果卖完了。", "消极"),
        new Instance("", "中性"));
  }

  @Test
  void should_drop_the_last_label_of_a_truncated_output_first_reply() {
    String reply = "Class label: Spam\nEmail: You won a free cruise!\nClass label: Not spam\nEmail: Hi team, the meet";

    ParsedInstances result = InstanceParser.parseOutputFirst(reply, true);

    assertThat(result.instances()).containsExactly(new Instance("Email: You won a free cruise!", "Spam"));
    assertThat(result.dropped()).containsExactly(new Dropped("Class label: Not spam\nEmail: Hi team, the meet", "truncated"));
  }

  @Test
  void should_report_an_output_first_reply_without_class_labels() {
    String reply = "Positive: I love it.\nNegative: I hate it.";

    ParsedInstances result = InstanceParser.parseOutputFirst(reply, false);

    assertThat(result.instances()).isEmpty();
    assertThat(result.dropped()).containsExactly(new Dropped(reply, "no 'Class label:' label"));
  }

  @Test
  void should_choose_the_mode_by_the_classification_flag() {
    String reply = "Class label: Yes\nQuestion: Is water wet?";

    assertThat(InstanceParser.parse(reply, true, false).instances())
        .containsExactly(new Instance("Question: Is water wet?", "Yes"));
    assertThat(InstanceParser.parse(reply, false, false).dropped())
        .containsExactly(new Dropped(reply, "no 'Example' header or 'Output:' label"));
  }

  @Test
  void should_report_empty_replies_in_both_modes() {
    assertThat(InstanceParser.parseInputFirst(" ", false).dropped()).containsExactly(new Dropped("", "empty reply"));
    assertThat(InstanceParser.parseOutputFirst("", false).dropped()).containsExactly(new Dropped("", "empty reply"));
  }

  @Test
  void should_not_split_at_lowercase_output_inside_prose() {
    String reply = "Example 1\nSentence: Describe the output: a short poem.\nOutput: A brief verse.";

    ParsedInstances result = InstanceParser.parseInputFirst(reply, false);

    assertThat(result.instances()).containsExactly(
        new Instance("Sentence: Describe the output: a short poem.", "A brief verse."));
  }

  @Test
  void should_keep_a_closing_line_that_belongs_to_the_output() {
    String reply = """
        Example 1
        Situation: You will miss tomorrow's meeting.
        Output: Hi Sam,

        I can't attend tomorrow's meeting because of a doctor's appointment.

        Let me know if you have any questions.

        Let me know if you need more examples!""";

    ParsedInstances result = InstanceParser.parseInputFirst(reply, false);

    assertThat(result.instances()).containsExactly(new Instance("Situation: You will miss tomorrow's meeting.",
        "Hi Sam,\n\nI can't attend tomorrow's meeting because of a doctor's appointment.\n\n"
            + "Let me know if you have any questions."));
    assertThat(result.dropped()).containsExactly(new Dropped("Let me know if you need more examples!", "trailing text"));
  }

  @Test
  void should_parse_the_answer_after_a_think_block() {
    String reply = "<think>Labels: spam, not spam. Class label: draft</think>\nClass label: Spam\nEmail: Win a prize now!";

    ParsedInstances result = InstanceParser.parseOutputFirst(reply, false);

    assertThat(result.instances()).containsExactly(new Instance("Email: Win a prize now!", "Spam"));
    assertThat(result.dropped()).containsExactly(
        new Dropped("Labels: spam, not spam. Class label: draft", "reasoning block"));
  }
}
