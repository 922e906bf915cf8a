package io.instruct4j.selfqa.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.selfqa.SelfQaConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiltersTest {

  private final ReferencePhrases references = new ReferencePhrases(List.of("Source material"));

  @Test
  void should_find_english_and_chinese_references_to_the_text() {
    assertThat(references.find("According to the passage, how much energy is stored?")).contains("According to the passage");
    assertThat(references.find("What is stored, as described in the text?")).contains("described in the text");
    assertThat(references.find("What does the text say about storage?")).contains("the text say");
    assertThat(references.find("What is the capacity given in this document?")).contains("this document");
    assertThat(references.find("What does this article say about warranties?")).contains("this article");
    assertThat(references.find("As mentioned above, it stores 10 kWh.")).contains("mentioned above");
    assertThat(references.find("What is the author's view?")).contains("the author");
    assertThat(references.find("根据上文，储能系统的容量上限是多少？")).contains("上文");
    assertThat(references.find("文中提到的许可由谁发放？")).contains("文中");
    assertThat(references.find("本文规定了哪些义务？")).contains("本文");
    assertThat(references.find("What does the SOURCE MATERIAL list?")).contains("SOURCE MATERIAL");
  }

  @Test
  void should_leave_self_contained_text_alone() {
    assertThat(references.find("What does the Helios H10 documentation say about the text display?")).isEmpty();
    assertThat(references.find("In this context, what does peak shaving mean for the Helios H10?")).isEmpty();
    assertThat(references.find("家用储能系统的额定容量上限是多少？")).isEmpty();
  }

  @Test
  void should_reject_questions_for_references_length_and_language() {
    QuestionFilters unit = QuestionFilters.fromConfig(SelfQaConfig.defaults());

    assertThat(unit.check("How much energy does the Helios H10 store?", "en")).isEmpty();
    assertThat(unit.check("What does the passage say?", "en")).contains(new FilterRejection("refers_to_text",
        "question refers to the source text ('the passage'); it must stand on its own without the passage"));
    assertThat(unit.check("Why?", "en")).contains(new FilterRejection("too_short",
        "question has 1 tokens, below self_qa.question_min_tokens 4"));
    assertThat(unit.check("word ".repeat(81).strip() + "?", "en")).contains(new FilterRejection("too_long",
        "question has 81 tokens, above self_qa.question_max_tokens 80"));
    assertThat(unit.check("What is the capacity limit of a home battery?", "zh")).contains(new FilterRejection(
        "wrong_language", "question is in en but its document is in zh"));
  }

  @Test
  void should_score_support_by_lcs_recall_or_token_overlap() {
    String chunk = "The Helios H10 stores 10 kWh of usable energy and delivers 5 kW continuously.";
    SupportScorer lcs = new SupportScorer("rouge_l_recall");
    SupportScorer overlap = new SupportScorer("token_overlap");

    assertThat(lcs.score("The Helios H10 stores 10 kWh.", chunk)).isEqualTo(1.0);
    // answer tokens: it delivers 5 kw and stores 10 kwh -> LCS "delivers 5 kw" (3 of 8); all but "it" occur
    assertThat(lcs.score("It delivers 5 kW and stores 10 kWh.", chunk)).isEqualTo(3.0 / 8);
    assertThat(overlap.score("It delivers 5 kW and stores 10 kWh.", chunk)).isEqualTo(7.0 / 8);
    assertThat(lcs.score("储能系统容量", "家用储能系统的额定容量")).isEqualTo(1.0);
    assertThat(lcs.score("...", chunk)).isEqualTo(0.0);
  }

  @Test
  void should_reject_answers_that_refer_to_the_text_are_out_of_bounds_or_unsupported() {
    AnswerFilters unit = AnswerFilters.fromConfig(SelfQaConfig.defaults());
    String chunk = "The Helios H10 stores 10 kWh of usable energy and delivers 5 kW continuously.";

    AnswerCheck ok = unit.check("The Helios H10 stores 10 kWh of usable energy.", chunk);
    assertThat(ok.rejection()).isEmpty();
    assertThat(ok.support()).isEqualTo(1.0);
    assertThat(unit.check("According to the text, it stores 10 kWh.", chunk).rejection())
        .map(FilterRejection::filter).contains("refers_to_text");
    assertThat(unit.check("10 kWh.", chunk).rejection()).contains(new FilterRejection("too_short",
        "answer has 2 tokens, below self_qa.answer_min_tokens 3"));
    AnswerCheck madeUp = unit.check("Lithium iron phosphate cells from a Chinese supplier.", chunk);
    assertThat(madeUp.rejection()).contains(new FilterRejection("unsupported",
        "answer support 0.00 (rouge_l_recall against its chunk) is below self_qa.min_answer_support 0.50"));
    assertThat(unit.check("Too short", chunk).support()).isNaN();
  }

  @Test
  void should_treat_an_empty_extra_phrase_list_as_none() {
    assertThat(new ReferencePhrases(List.of()).find("nothing here")).isEqualTo(Optional.empty());
  }
}
