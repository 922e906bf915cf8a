package io.instruct4j.selfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.record.Example;
import io.instruct4j.selfkg.SelfKgConfig;
import io.instruct4j.selfkg.kg.Triple;
import io.instruct4j.selfkg.template.RelationTemplates;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

/** The template path (no LLM) and the grouping, on the DirectRunner. */
class GenerateFromKgTest {

  static final List<Triple> FACTS = List.of(
      Triple.of("偏头痛", "相关症状", "头痛", "kg.tsv:1"),
      Triple.of("偏头痛", "相关症状", "恶心", "kg.tsv:2"),
      Triple.of("偏头痛", "所属科室", "神经内科", "kg.tsv:3"),
      Triple.of("偏头痛", "诱因", "睡眠不足", "kg.tsv:4"),
      Triple.of("恶心", "相关症状", "呕吐", "kg.tsv:5"),
      Triple.of("感冒", "相关症状", "咳嗽", "kg.tsv:6"));

  private static Pipeline pipeline() {
    return Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
  }

  @Test
  void should_make_one_template_question_per_entity_and_relation_with_exact_text() {
    Pipeline p = pipeline();
    PCollection<Triple> facts = p.apply(Create.of(FACTS).withCoder(JsonCoder.of(Triple.class)));
    SelfKgConfig config = SelfKgConfig.defaults().withGenerator("template");
    StepResult<Example> out = facts.apply(new GenerateFromKg(config, "zh",
        RelationTemplates.load("zh", null, Map.of()), null));
    Collect.into("template-examples", out.output());
    Collect.into("template-rejects", out.rejects());
    p.run().waitUntilFinish();

    assertThat(Collect.sorted("template-examples")).containsExactlyInAnyOrder(
        example("偏头痛属于哪个科室？", "偏头痛的就诊科室是神经内科。", "department",
            Triple.idOf("偏头痛", "所属科室", "神经内科")),
        example("偏头痛有哪些症状？", "偏头痛的症状包括头痛和恶心。", "symptom",
            Triple.idOf("偏头痛", "相关症状", "头痛"), Triple.idOf("偏头痛", "相关症状", "恶心")),
        example("偏头痛的诱因是什么？", "偏头痛的诱因：睡眠不足。", "fallback", Triple.idOf("偏头痛", "诱因", "睡眠不足")),
        example("恶心会出现哪些症状？", "恶心的症状包括呕吐。", "symptom", Triple.idOf("恶心", "相关症状", "呕吐")),
        example("感冒会出现哪些症状？", "感冒的症状包括咳嗽。", "symptom", Triple.idOf("感冒", "相关症状", "咳嗽")));
    assertThat(Collect.sorted("template-rejects")).isEmpty();
  }

  private static String example(String q, String a, String template, String... ids) {
    Example e = Example.of(q, "", a, io.instruct4j.core.record.Method.SELF_KG, "zh")
        .withProvenance(io.instruct4j.core.record.Provenance.EMPTY.withKgTriples(List.of(ids))
            .withPrompt("self-kg/template/" + template, "1", null));
    return io.instruct4j.core.io.Json.toLine(e);
  }

  @Test
  void should_attach_the_facts_of_pointed_to_entities_with_two_hops() {
    Pipeline p = pipeline();
    PCollection<FactGroup> groups = p.apply(Create.of(FACTS).withCoder(JsonCoder.of(Triple.class)))
        .apply(new GroupFacts(2));
    Collect.into("groups", groups);
    p.run().waitUntilFinish();

    List<String> lines = Collect.sorted("groups").stream()
        .map(j -> io.instruct4j.core.io.Json.toLine(read(j).entity() + ": "
            + read(j).facts().stream().map(Triple::tail).toList() + " + "
            + read(j).secondHop().stream().map(Triple::line).toList()))
        .toList();
    assertThat(lines).containsExactlyInAnyOrder(
        "\"偏头痛: [神经内科, 头痛, 恶心, 睡眠不足] + [恶心 | 相关症状 | 呕吐]\"",
        "\"恶心: [呕吐] + []\"",
        "\"感冒: [咳嗽] + []\"");
  }

  private static FactGroup read(String json) {
    try {
      return io.instruct4j.core.io.Json.MAPPER.readValue(json, FactGroup.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
