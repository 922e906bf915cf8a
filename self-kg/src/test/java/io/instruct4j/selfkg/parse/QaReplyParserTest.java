package io.instruct4j.selfkg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class QaReplyParserTest {

  @Test
  void should_read_q_a_pairs_and_ignore_a_preamble_and_a_closing_remark() {
    ParsedQa parsed = QaReplyParser.parse("""
        Sure! Here are the pairs:

        Q: What are the symptoms of migraine?
        A: The symptoms of migraine include headache
        and nausea.

        **Q2:** [comparison] How do nausea and headache relate in migraine?
        **A2:** Both headache and nausea are symptoms of migraine.

        I hope this helps!""", false);

    assertThat(parsed.format()).isEqualTo("labeled");
    assertThat(parsed.pairs()).extracting(QaPair::question, QaPair::answer).containsExactly(
        tuple("What are the symptoms of migraine?", "The symptoms of migraine include headache\nand nausea."),
        tuple("How do nausea and headache relate in migraine?", "Both headache and nausea are symptoms of migraine."));
    assertThat(parsed.dropped()).isEmpty();
  }

  @Test
  void should_read_numbered_chinese_pairs_with_full_width_colons() {
    ParsedQa parsed = QaReplyParser.parse("""
        1. 问：偏头痛有哪些症状？
        答：偏头痛的症状包括头痛和恶心。
        2、问题2：【建议类】偏头痛患者应该去哪个科室？
        答案2：可以去神经内科就诊。
        """, false);

    assertThat(parsed.pairs()).extracting(QaPair::question, QaPair::answer).containsExactly(
        tuple("偏头痛有哪些症状？", "偏头痛的症状包括头痛和恶心。"),
        tuple("偏头痛患者应该去哪个科室？", "可以去神经内科就诊。"));
  }

  @Test
  void should_read_a_fenced_json_list_with_chinese_keys() {
    ParsedQa parsed = QaReplyParser.parse("""
        ```json
        [{"问题": "感冒有哪些症状？", "答案": "感冒的症状包括咳嗽。"},
         {"question": "Who treats a cold?", "answer": "A general practitioner."},
         {"question": "No answer here"}]
        ```""", false);

    assertThat(parsed.format()).isEqualTo("json");
    assertThat(parsed.pairs()).extracting(QaPair::question)
        .containsExactly("感冒有哪些症状？", "Who treats a cold?");
    assertThat(parsed.dropped()).extracting(DroppedPair::reason).containsExactly(QaReplyParser.INCOMPLETE);
  }

  @Test
  void should_keep_the_complete_elements_of_a_json_array_cut_off_by_the_token_limit() {
    ParsedQa parsed = QaReplyParser.parse(
        "[{\"q\": \"What causes flu?\", \"a\": \"A virus causes flu.\"}, {\"q\": \"How does flu", true);

    assertThat(parsed.pairs()).extracting(QaPair::question).containsExactly("What causes flu?");
    assertThat(parsed.dropped()).extracting(DroppedPair::reason).containsExactly(QaReplyParser.TRUNCATED);
  }

  @Test
  void should_drop_the_last_pair_of_a_reply_cut_off_by_the_token_limit() {
    ParsedQa parsed = QaReplyParser.parse("Q: What causes flu?\nA: A virus.\nQ: How does flu spread?\nA: Through the", true);

    assertThat(parsed.pairs()).extracting(QaPair::question).containsExactly("What causes flu?");
    assertThat(parsed.dropped()).singleElement().satisfies(d -> {
      assertThat(d.reason()).isEqualTo(QaReplyParser.TRUNCATED);
      assertThat(d.text()).isEqualTo("Q: How does flu spread?\nA: Through the");
    });
  }

  @Test
  void should_drop_a_question_without_an_answer_as_incomplete() {
    ParsedQa parsed = QaReplyParser.parse("Q: First?\nQ: Second?\nA: The second answer.\nA: An orphan answer.", false);

    assertThat(parsed.pairs()).extracting(QaPair::question, QaPair::answer)
        .containsExactly(tuple("Second?", "The second answer."));
    assertThat(parsed.dropped()).extracting(DroppedPair::text, DroppedPair::reason).containsExactly(
        tuple("Q: First?", QaReplyParser.INCOMPLETE), tuple("A: An orphan answer.", QaReplyParser.INCOMPLETE));
  }

  @Test
  void should_find_nothing_in_prose() {
    ParsedQa parsed = QaReplyParser.parse("I'm sorry, I cannot help with medical questions.", false);

    assertThat(parsed.pairs()).isEmpty();
    assertThat(parsed.dropped()).isEmpty();
    assertThat(parsed.format()).isEqualTo("none");
  }
}
