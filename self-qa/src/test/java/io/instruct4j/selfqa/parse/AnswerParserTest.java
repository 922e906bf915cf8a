package io.instruct4j.selfqa.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerParserTest {

  @Test
  void should_take_a_plain_answer_as_it_is() {
    assertThat(AnswerParser.parse("The Helios H10 stores 10 kWh of usable energy.\n", false).answer())
        .isEqualTo("The Helios H10 stores 10 kWh of usable energy.");
  }

  @Test
  void should_strip_an_opening_line_a_label_and_closing_remarks() {
    ParsedAnswer parsed = AnswerParser.parse("""
        Sure, here is the answer:
        **Answer:** The Helios H10 stores 10 kWh of usable energy.
        It can be stacked up to three units.

        I hope this helps!""", false);

    assertThat(parsed.answer()).isEqualTo("The Helios H10 stores 10 kWh of usable energy.\nIt can be stacked up to three units.");
  }

  @Test
  void should_skip_an_echoed_question() {
    assertThat(AnswerParser.parse("Q: What is the capacity?\nA: 10 kWh of usable energy.", false).answer())
        .isEqualTo("10 kWh of usable energy.");
    assertThat(AnswerParser.parse("问：额定容量是多少？\n答：额定容量不得超过二十千瓦时。\n\n希望对你有帮助！", false).answer())
        .isEqualTo("额定容量不得超过二十千瓦时。");
  }

  @Test
  void should_reject_truncated_empty_and_refused_replies() {
    assertThat(AnswerParser.parse("The Helios H10 stores", true).dropped().filter()).isEqualTo("truncated");
    assertThat(AnswerParser.parse("Answer:", false).dropped())
        .extracting(Dropped::filter, Dropped::reason)
        .containsExactly("empty_answer", "nothing is left once the chatter and labels are removed");
    assertThat(AnswerParser.parse("NOT ANSWERABLE", false).dropped().filter()).isEqualTo("not_answerable");
    assertThat(AnswerParser.parse("无法回答。", false).dropped().filter()).isEqualTo("not_answerable");
  }
}
