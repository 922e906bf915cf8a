package io.instruct4j.selfinstruct.parse;

import static io.instruct4j.selfinstruct.parse.TruncationPolicy.DROP_ALL;
import static io.instruct4j.selfinstruct.parse.TruncationPolicy.DROP_LAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstructionListParserTest {

  private static ParsedInstructions parse(String reply) {
    return InstructionListParser.parse(reply, false, DROP_LAST);
  }

  @Test
  void should_parse_plain_gpt_style_list_with_preamble_and_trailing_chatter() {
    String reply = """
        Sure, here are 12 more tasks:

        9. Summarize the main argument of the given opinion article in two sentences.
        10. Classify the following tweet as positive, negative, or neutral.
        11. Suggest three names for a new coffee shop that focuses on sustainability.

        Let me know if you'd like more tasks!""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "Summarize the main argument of the given opinion article in two sentences.",
        "Classify the following tweet as positive, negative, or neutral.",
        "Suggest three names for a new coffee shop that focuses on sustainability.");
    assertThat(result.dropped()).containsExactly(
        new Dropped("Sure, here are 12 more tasks:", "preamble"),
        new Dropped("Let me know if you'd like more tasks!", "trailing text"));
  }

  @Test
  void should_parse_qwen_style_chinese_list_with_dunhao_and_full_width_numbers() {
    String reply = """
        好的，以下是新的任务：
        9、将下面这段文言文翻译成现代汉语。
        10、根据给定的关键词，写一段不少于一百字的产品介绍。
        １１．判断下面这句话表达的情绪是积极、消极还是中性。
        12）为一家新开的川菜馆想三条宣传标语。
        希望这些任务对你有帮助！""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "将下面这段文言文翻译成现代汉语。",
        "根据给定的关键词，写一段不少于一百字的产品介绍。",
        "判断下面这句话表达的情绪是积极、消极还是中性。",
        "为一家新开的川菜馆想三条宣传标语。");
    assertThat(result.dropped()).containsExactly(
        new Dropped("好的，以下是新的任务：", "preamble"),
        new Dropped("希望这些任务对你有帮助！", "trailing text"));
  }

  @Test
  void should_parse_a_chinese_reply_with_bold_labels_and_titles() {
    String reply = """
        以下是第 9 到第 12 个任务：

        9. **任务：** 根据给出的三个关键词，编一个简短的童话故事。
        10. **改写：** 把下面这句话改写得更加正式。
        11. 请列举三个提高睡眠质量的方法。
        12. 判断下列句子是否存在语病，如有，请修改。""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "根据给出的三个关键词，编一个简短的童话故事。",
        "改写：把下面这句话改写得更加正式。",
        "请列举三个提高睡眠质量的方法。",
        "判断下列句子是否存在语病，如有，请修改。");
    assertThat(result.dropped()).containsExactly(new Dropped("以下是第 9 到第 12 个任务：", "preamble"));
  }

  @Test
  void should_strip_markdown_bold_numbering_and_whole_item_bold() {
    String reply = """
        **9.** Rewrite the paragraph below in plain English for a ten-year-old.
        **10. Explain the difference between weather and climate with an example.**
        - 11. Write a short apology email for missing a team meeting.
        ### 12. Give `three` tips for staying focused while working from home.
        *13. List the pros and cons of electric cars.*
        **Task 14:** Identify the main verb in each of the given sentences.
        Task 15: Convert the given recipe quantities from cups to grams.""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "Rewrite the paragraph below in plain English for a ten-year-old.",
        "Explain the difference between weather and climate with an example.",
        "Write a short apology email for missing a team meeting.",
        "Give `three` tips for staying focused while working from home.",
        "List the pros and cons of electric cars.",
        "Identify the main verb in each of the given sentences.",
        "Convert the given recipe quantities from cups to grams.");
    assertThat(result.dropped()).isEmpty();
  }

  @Test
  void should_remove_restated_instruction_labels_and_inline_bold() {
    String reply = """
        9. Instruction: Translate the given sentence into French.
        10. **Instruction:** Find the odd one out in the given list of words.
        11. 指令：用一句话概括下面这段新闻的主要内容。
        12. **Recipe adaptation**: Make the given recipe vegan and explain each substitution.
        13. `Describe the water cycle to a child.`""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "Translate the given sentence into French.",
        "Find the odd one out in the given list of words.",
        "用一句话概括下面这段新闻的主要内容。",
        "Recipe adaptation: Make the given recipe vegan and explain each substitution.",
        "Describe the water cycle to a child.");
  }

  @Test
  void should_join_items_that_span_several_lines() {
    String reply = """
        9. Given a list of numbers, find the two numbers
           that add up to the target value and
           return their indices.
        10. 给定一段对话，判断说话人之间的关系，
            并说明理由。
        11. Plan a weekend trip with these steps:
            1. choose a destination
            2. book a place to stay
        12. Write a haiku about the first snow of winter.""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "Given a list of numbers, find the two numbers that add up to the target value and return their indices.",
        "给定一段对话，判断说话人之间的关系，并说明理由。",
        "Plan a weekend trip with these steps: 1. choose a destination 2. book a place to stay",
        "Write a haiku about the first snow of winter.");
  }

  @Test
  void should_join_a_bold_title_line_to_its_description() {
    String reply = """
        **9. Meeting summary**
        Summarize the key decisions from the meeting transcript below.

        **10. 邮件改写**
        把下面这封邮件改写得更礼貌。""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "Meeting summary: Summarize the key decisions from the meeting transcript below.",
        "邮件改写：把下面这封邮件改写得更礼貌。");
  }

  @Test
  void should_drop_example_input_output_lines_after_a_task() {
    String reply = """
        9. Convert the temperature from Fahrenheit to Celsius.
           Input: 98.6 F
           Output: 37 C
        10. 判断下面的数是不是质数。
            输入：17
            输出：是""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "Convert the temperature from Fahrenheit to Celsius.", "判断下面的数是不是质数。");
    assertThat(result.dropped()).containsExactly(
        new Dropped("Input: 98.6 F\nOutput: 37 C", "example input/output after the task"),
        new Dropped("输入：17\n输出：是", "example input/output after the task"));
  }

  @Test
  void should_drop_text_between_items_that_follows_a_blank_line() {
    String reply = """
        9. Write a limerick about a forgetful cat.

        (This one is meant to be funny.)

        10. Name three rivers in South America.""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "Write a limerick about a forgetful cat.", "Name three rivers in South America.");
    assertThat(result.dropped()).containsExactly(new Dropped("(This one is meant to be funny.)", "text between items"));
  }

  @Test
  void should_not_take_decimals_or_times_for_item_numbers() {
    String reply = """
        9. Estimate the cost of a trip for a family of four whose budget is
        3.5 times their monthly rent.
        10. Tell me what happens at
        10:30 in the story below.""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "Estimate the cost of a trip for a family of four whose budget is 3.5 times their monthly rent.",
        "Tell me what happens at 10:30 in the story below.");
  }

  @Test
  void should_drop_the_last_item_of_a_truncated_reply_by_default() {
    String reply = """
        9. Write a thank-you note to a colleague who helped you move.
        10. Explain how a bill becomes a law in the United States.
        11. Describe the plot of""";

    ParsedInstructions result = InstructionListParser.parse(reply, true, DROP_LAST);

    assertThat(result.instructions()).containsExactly(
        "Write a thank-you note to a colleague who helped you move.",
        "Explain how a bill becomes a law in the United States.");
    assertThat(result.dropped()).containsExactly(new Dropped("Describe the plot of", "truncated"));
  }

  @Test
  void should_drop_every_item_of_a_truncated_reply_under_drop_all() {
    String reply = """
        9. Write a thank-you note to a colleague who helped you move.
        10. Describe the plot of""";

    ParsedInstructions result = InstructionListParser.parse(reply, true, DROP_ALL);

    assertThat(result.instructions()).isEmpty();
    assertThat(result.dropped()).containsExactly(
        new Dropped("Write a thank-you note to a colleague who helped you move.", "truncated"),
        new Dropped("Describe the plot of", "truncated"));
  }

  @Test
  void should_record_an_empty_item_and_keep_its_neighbours() {
    String reply = "9. Name a famous painter.\n10.\n11. ** **\n12. Define photosynthesis in one sentence.";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly("Name a famous painter.", "Define photosynthesis in one sentence.");
    assertThat(result.dropped()).containsExactly(new Dropped("", "empty item"), new Dropped("** **", "empty item"));
  }

  @Test
  void should_report_a_reply_without_numbered_items() {
    String reply = "I'm sorry, but I can't help with that request.";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).isEmpty();
    assertThat(result.dropped()).containsExactly(new Dropped(reply, "no numbered items"));
  }

  @Test
  void should_report_an_empty_reply() {
    ParsedInstructions result = parse("  \n ");

    assertThat(result.instructions()).isEmpty();
    assertThat(result.dropped()).containsExactly(new Dropped("", "empty reply"));
  }

  @Test
  void should_collapse_whitespace_including_ideographic_spaces() {
    ParsedInstructions result = parse("9.   Write\ta   short\u3000poem about    the sea.  \r\n10. 写一首　关于大海的诗。");

    assertThat(result.instructions()).containsExactly("Write a short poem about the sea.", "写一首 关于大海的诗。");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "9. Name a color.|Name a color.",
      "9) Name a color.|Name a color.",
      "(9) Name a color.|Name a color.",
      "（9）说出一种颜色。|说出一种颜色。",
      "9、说出一种颜色。|说出一种颜色。",
      "９．说出一种颜色。|说出一种颜色。",
      "9 . Name a color.|Name a color.",
      "9: Name a color.|Name a color.",
      "**9.** Name a color.|Name a color.",
      "**9. Name a color.**|Name a color.",
      "- 9. Name a color.|Name a color.",
      "Task 9: Name a color.|Name a color.",
      "任务9：说出一种颜色。|说出一种颜色。",
      "9. \"Name a color.\"|Name a color.",
      "9. “说出一种颜色。”|说出一种颜色。",
  })
  void should_accept_each_numbering_style(String line, String expected) {
    assertThat(parse(line).instructions()).containsExactly(expected);
  }

  @Test
  void should_treat_a_lower_number_as_part_of_the_current_item() {
    ParsedInstructions result = parse("9. Sort these steps:\n2) boil water\n1) add tea\n10. Name a planet.");

    assertThat(result.instructions()).containsExactly("Sort these steps: 2) boil water 1) add tea", "Name a planet.");
  }

  @Test
  void should_map_the_config_value_to_a_policy() {
    assertThat(TruncationPolicy.fromConfig("drop_all")).isEqualTo(DROP_ALL);
    assertThat(TruncationPolicy.fromConfig("drop_last")).isEqualTo(DROP_LAST);
    assertThat(TruncationPolicy.fromConfig(null)).isEqualTo(DROP_LAST);
    assertThatThrownBy(() -> TruncationPolicy.fromConfig("drop_some"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("self_instruct.truncation must be drop_last or drop_all, got 'drop_some'");
  }

  @Test
  void should_keep_counts_consistent_on_a_long_realistic_reply() {
    String reply = """
        Here are some new tasks:

        9. Generate a catchy slogan for a recycling campaign.
        10. **Given a product review, decide whether it mentions the price.**
        11. Write a dialogue between a customer and a barista
        about a wrong order.
        12. Translate "Good morning" into five languages.
        13. Describe your ideal weekend in three sentences.
        14. Explain what a hash table is to a beginner programmer.
        15. List five questions to ask at the end of a job interview.
        16. Rewrite the sentence in passive voice.
        17. Create a multiple-choice question about the solar system.
        18. Suggest a title for the essay below.
        19. Compare cats and dogs as pets in a short paragraph.
        20. Identify the logical fallacy in the argument.""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).hasSize(12);
    assertThat(result.instructions().get(1)).isEqualTo("Given a product review, decide whether it mentions the price.");
    assertThat(result.instructions().get(2)).isEqualTo("Write a dialogue between a customer and a barista about a wrong order.");
    assertThat(result.instructions().get(3)).isEqualTo("Translate \"Good morning\" into five languages.");
    assertThat(result.dropped()).isEqualTo(List.of(new Dropped("Here are some new tasks:", "preamble")));
  }

  @Test
  void should_ignore_the_think_block_of_a_reasoning_model() {
    String reply = """
        <think>
        The user wants tasks 9 to 10. Ideas:
        1. something about cooking
        2. something about math
        </think>

        9. Suggest a three-course dinner menu for a vegetarian guest.
        10. Solve the equation 3x + 7 = 22 and show each step.""";

    ParsedInstructions result = parse(reply);

    assertThat(result.instructions()).containsExactly(
        "Suggest a three-course dinner menu for a vegetarian guest.", "Solve the equation 3x + 7 = 22 and show each step.");
    assertThat(result.dropped()).containsExactly(new Dropped(
        "The user wants tasks 9 to 10. Ideas:\n1. something about cooking\n2. something about math", "reasoning block"));
  }

  @Test
  void should_accept_the_empty_think_block_qwen3_sends_when_thinking_is_off() {
    ParsedInstructions result = parse("<think>\n\n</think>\n\n9. 用三句话介绍一下长城的历史。");

    assertThat(result.instructions()).containsExactly("用三句话介绍一下长城的历史。");
    assertThat(result.dropped()).isEmpty();
  }

  @Test
  void should_find_no_items_in_a_reply_cut_off_while_thinking() {
    ParsedInstructions result = InstructionListParser.parse("<think>\n9. maybe a task about", true, DROP_LAST);

    assertThat(result.instructions()).isEmpty();
    assertThat(result.dropped()).containsExactly(
        new Dropped("9. maybe a task about", "reasoning block"), new Dropped("", "empty reply"));
  }
}
