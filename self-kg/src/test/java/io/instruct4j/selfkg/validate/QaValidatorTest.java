package io.instruct4j.selfkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.selfkg.kg.Triple;
import io.instruct4j.selfkg.template.RelationTemplates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QaValidatorTest {

  static final Triple HEADACHE = Triple.of("偏头痛", "相关症状", "头痛", "kg.tsv:1");
  static final Triple NAUSEA = Triple.of("偏头痛", "相关症状", "恶心", "kg.tsv:2");
  static final Triple NEURO = Triple.of("偏头痛", "所属科室", "神经内科", "kg.tsv:3");
  static final List<Triple> FACTS = List.of(NEURO, HEADACHE, NAUSEA);
  /** The whole graph's names: another disease and its symptom are not connected to 偏头痛. */
  static final NameMatcher NAMES = new NameMatcher(
      List.of("偏头痛", "头痛", "恶心", "神经内科", "感冒", "咳嗽", "消化内科"), 2, List.of());

  private final QaValidator any = new QaValidator(RelationTemplates.load("zh", null, Map.of()), "any");
  private final QaValidator all = new QaValidator(RelationTemplates.load("zh", null, Map.of()), "all");

  @Test
  void should_pass_an_answer_that_mentions_a_fact_asked_about_and_list_the_facts_it_uses() {
    Verdict v = any.check("偏头痛有哪些症状？", "偏头痛常见的症状是头痛。", FACTS, List.of(), NAMES);

    assertThat(v.passed()).isTrue();
    assertThat(v.usedFactIds()).containsExactly(HEADACHE.id());
  }

  @Test
  void should_require_every_tail_asked_about_in_all_mode() {
    Verdict v = all.check("偏头痛有哪些症状？", "偏头痛常见的症状是头痛。", FACTS, List.of(), NAMES);

    assertThat(v.filter()).isEqualTo(QaValidator.MISSING);
    assertThat(v.reason()).isEqualTo("the answer leaves out '恶心' of the 2 facts asked about");
    assertThat(v.usedFactIds()).containsExactly(HEADACHE.id(), NAUSEA.id());
    assertThat(all.check("偏头痛有哪些症状？", "头痛和恶心。", FACTS, List.of(), NAMES).passed()).isTrue();
  }

  @Test
  void should_reject_an_answer_that_mentions_none_of_the_facts_asked_about() {
    Verdict v = any.check("偏头痛应该看哪个科室？", "建议及时就医，遵医嘱。", FACTS, List.of(), NAMES);

    assertThat(v.filter()).isEqualTo(QaValidator.MISSING);
    assertThat(v.reason()).isEqualTo("the answer mentions none of '神经内科', the facts asked about");
  }

  @Test
  void should_not_count_a_name_hidden_inside_a_longer_name() {
    // "偏头痛" contains "头痛", but saying the entity's name is not stating the symptom
    Verdict v = any.check("偏头痛有哪些症状？", "偏头痛是一种常见病。", FACTS, List.of(), NAMES);

    assertThat(v.filter()).isEqualTo(QaValidator.MISSING);
  }

  @Test
  void should_take_the_facts_whose_tail_the_question_names_as_the_ones_asked_about() {
    Verdict v = all.check("恶心是偏头痛的症状吗？", "是的，恶心是偏头痛的症状之一。", FACTS, List.of(), NAMES);

    assertThat(v.passed()).isTrue();
    assertThat(v.usedFactIds()).containsExactly(NAUSEA.id());
  }

  @Test
  void should_reject_a_pair_that_names_a_graph_entity_not_among_its_facts() {
    Verdict v = any.check("偏头痛有哪些症状？", "偏头痛的症状有头痛，也可能咳嗽，可去消化内科。", FACTS, List.of(), NAMES);

    assertThat(v.filter()).isEqualTo(QaValidator.UNSUPPORTED);
    assertThat(v.reason()).isEqualTo(
        "mentions '咳嗽', '消化内科', knowledge-graph entities not among the 3 facts it was made from");
  }

  @Test
  void should_use_the_facts_a_template_question_was_built_on() {
    Verdict v = all.check("偏头痛有哪些症状？", "偏头痛的症状包括头痛和恶心。", FACTS, List.of(HEADACHE.id(), NAUSEA.id()), NAMES);

    assertThat(v.passed()).isTrue();
    assertThat(v.usedFactIds()).containsExactly(HEADACHE.id(), NAUSEA.id());
  }

  @Test
  void should_ask_about_all_facts_when_the_question_names_no_entity_and_no_relation() {
    Verdict v = any.check("平时需要注意什么？", "出现头痛时应休息。", FACTS, List.of(), NAMES);

    assertThat(v.passed()).isTrue();
    assertThat(v.usedFactIds()).containsExactly(HEADACHE.id());
  }
}
