package io.instruct4j.selfkg.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationTemplatesTest {

  @TempDir Path dir;

  @Test
  void should_match_relation_names_by_alias_ignoring_case_spaces_and_underscores() {
    RelationTemplates zh = RelationTemplates.load("zh", null, Map.of());
    RelationTemplates en = RelationTemplates.load("en", null, Map.of());

    assertThat(zh.forRelation("相关症状").key()).isEqualTo("symptom");
    assertThat(en.forRelation("Has_Symptom").key()).isEqualTo("symptom");
    assertThat(en.forRelation("hasSymptom").key()).isEqualTo("symptom");
    assertThat(en.forRelation("favourite colour").key()).isEqualTo("*");
  }

  @Test
  void should_render_questions_and_answers_listing_the_tails() {
    RelationTemplates zh = RelationTemplates.load("zh", null, Map.of());
    RelationTemplates en = RelationTemplates.load("en", null, Map.of());

    RelationTemplate dept = zh.forRelation("所属科室");
    assertThat(dept.answer("偏头痛", "所属科室", List.of("神经内科", "疼痛科"))).isEqualTo("偏头痛的就诊科室是神经内科和疼痛科。");
    assertThat(en.forRelation("cause").answer("migraine", "cause", List.of("a", "b", "c")))
        .isEqualTo("Common causes of migraine include a, b and c.");
    assertThat(en.forRelation("colour").question("sky", "colour")).isEqualTo("What is the colour of sky?");
    assertThat(en.forRelation("department").answer("migraine", "department", List.of("neurology")))
        .isEqualTo("Migraine is treated in neurology.");
  }

  @Test
  void should_let_a_user_file_and_inline_config_override_the_built_in_templates() throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"), """
        version: "7"
        relations:
          symptom:
            aliases: [signs]
            en: {questions: "Which signs point to {head}?", answer: "Signs of {head}: {tails}.", keywords: [sign]}
        """);
    Map<String, RelationTemplateSpec> inline = Map.of("capital", new RelationTemplateSpec(List.of("capital city"),
        new LanguageTemplateSpec(List.of("What is the capital of {head}?"), "The capital of {head} is {tails}.", null),
        null));

    RelationTemplates en = RelationTemplates.load("en", file, inline);

    RelationTemplate symptom = en.forRelation("signs");
    assertThat(symptom.question("flu", "signs")).isEqualTo("Which signs point to flu?");
    assertThat(symptom.version()).isEqualTo("7");
    assertThat(en.forRelation("symptoms").key()).isEqualTo("*"); // the user's template replaced the aliases
    assertThat(en.forRelation("Capital City").answer("France", "capital city", List.of("Paris")))
        .isEqualTo("The capital of France is Paris.");
  }

  @Test
  void should_refuse_an_answer_without_tails_naming_the_file_and_template() throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"),
        "relations:\n  symptom:\n    en: {questions: [\"Symptoms of {head}?\"], answer: \"Many.\"}\n");

    assertThatThrownBy(() -> RelationTemplates.load("en", file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": template 'symptom' (en): answer 'Many.' must contain {tails}");
  }

  @Test
  void should_refuse_an_unknown_placeholder_and_an_alias_claimed_twice() throws Exception {
    Path typo = Files.writeString(dir.resolve("typo.yaml"),
        "relations:\n  x:\n    en: {questions: [\"{heda}?\"], answer: \"{tails}\"}\n");
    Path twice = Files.writeString(dir.resolve("twice.yaml"),
        "relations:\n  signs:\n    aliases: [相关症状]\n    zh: {questions: [\"{head}？\"], answer: \"{tails}\"}\n");

    assertThatThrownBy(() -> RelationTemplates.load("en", typo, Map.of()))
        .hasMessage(typo + ": template 'x' (en): question '{heda}?' must contain {head}");
    assertThatThrownBy(() -> RelationTemplates.load("zh", twice, Map.of()))
        .hasMessageContaining("relation name '相关症状' of template '");
  }

  @Test
  void should_report_a_yaml_error_with_its_line() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "relations:\n  symptom:\n    en: {questions: [\n");

    assertThatThrownBy(() -> RelationTemplates.load("en", file, Map.of()))
        .hasMessageStartingWith(file + ":").hasMessageEndingWith("(self_kg.templates_file)");
  }
}
