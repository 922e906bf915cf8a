package io.instruct4j.selfqa.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class QuestionParserTest {

  @Test
  void should_read_a_numbered_list_between_chatter() {
    ParsedQuestions parsed = QuestionParser.parse("""
        Sure! Here are 4 questions based on the passage:

        1. How much usable energy does the Helios H10 store?
        2) What is the continuous power output of the Helios H10?
        **3.** How long is the Helios H10 warranty?
        (4) Where should the Helios H10 not be installed?

        I hope these questions help! Let me know if you need more.""", false);

    assertThat(parsed.questions()).containsExactly(
        "How much usable energy does the Helios H10 store?",
        "What is the continuous power output of the Helios H10?",
        "How long is the Helios H10 warranty?",
        "Where should the Helios H10 not be installed?");
    assertThat(parsed.dropped()).isEmpty();
  }

  @Test
  void should_read_q_and_a_pairs_and_ignore_the_answers() {
    ParsedQuestions parsed = QuestionParser.parse("""
        Q1: What does the red LED on the Helios H10 mean?
        A1: A fault.
        Q: How often should the Helios H10 air filter be cleaned?
        Answer: Every six months.
        Question 3: Can the Helios H10 be installed outdoors?""", false);

    assertThat(parsed.questions()).containsExactly(
        "What does the red LED on the Helios H10 mean?",
        "How often should the Helios H10 air filter be cleaned?",
        "Can the Helios H10 be installed outdoors?");
  }

  @Test
  void should_read_chinese_labels_and_numbering() {
    ParsedQuestions parsed = QuestionParser.parse("""
        好的，以下是根据内容提出的问题：
        问：家用储能系统的额定容量上限是多少？
        答：20千瓦时。
        问题2：安装储能系统前需要向谁报告？
        3、储能设备应与燃气表保持多远的距离？
        一、储能系统多久需要检查一次？""", false);

    assertThat(parsed.questions()).containsExactly(
        "家用储能系统的额定容量上限是多少？",
        "安装储能系统前需要向谁报告？",
        "储能设备应与燃气表保持多远的距离？",
        "储能系统多久需要检查一次？");
  }

  @Test
  void should_fall_back_to_question_mark_lines_when_nothing_is_numbered() {
    ParsedQuestions parsed = QuestionParser.parse("""
        Here you go:
        What is the weight of the Helios H10?
        "Which app controls the Helios H10?"
        These cover the main facts.""", false);

    assertThat(parsed.questions()).containsExactly("What is the weight of the Helios H10?",
        "Which app controls the Helios H10?");
  }

  @Test
  void should_read_bullets_and_keep_times_and_decimals_inside_text() {
    ParsedQuestions parsed = QuestionParser.parse("""
        - Why does charging pause at 10:30 p.m. on the Helios H10?
        * What happens at 3.5 kW on the Helios H10?""", false);

    assertThat(parsed.questions()).containsExactly("Why does charging pause at 10:30 p.m. on the Helios H10?",
        "What happens at 3.5 kW on the Helios H10?");
  }

  @Test
  void should_drop_a_cut_off_last_question_only() {
    ParsedQuestions cut = QuestionParser.parse("1. What is the capacity of the Helios H10?\n2. How long does the", true);
    ParsedQuestions whole = QuestionParser.parse("1. What is the capacity of the Helios H10?\n2. Is it safe?", true);

    assertThat(cut.questions()).containsExactly("What is the capacity of the Helios H10?");
    assertThat(cut.dropped()).extracting(Dropped::filter, Dropped::text)
        .containsExactly(tuple("truncated", "How long does the"));
    assertThat(whole.questions()).hasSize(2);
    assertThat(whole.dropped()).isEmpty();
  }

  @Test
  void should_reject_a_reply_without_questions() {
    ParsedQuestions parsed = QuestionParser.parse("I'm sorry, but I can't help with that.", false);

    assertThat(parsed.questions()).isEmpty();
    assertThat(parsed.dropped()).extracting(Dropped::filter, Dropped::reason, Dropped::text).containsExactly(tuple(
        "no_questions", "the reply holds no numbered, labelled or question-mark line", "I'm sorry, but I can't help with that."));
    assertThat(QuestionParser.parse("  ", false).dropped()).extracting(Dropped::reason).containsExactly("the reply is empty");
  }
}
