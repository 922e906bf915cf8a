package io.instruct4j.pipelines.selfkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.instruct4j.core.io.BadRecordException;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.common.FinetuneRow;
import io.instruct4j.pipelines.common.StageFiles;
import io.instruct4j.selfkg.SelfKgConfig;
import io.instruct4j.selfkg.kg.Triple;
import io.instruct4j.testkit.FakeOpenAiServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfKgPipelineTest {

  @TempDir Path dir;
  private FakeOpenAiServer server;
  private Path[] kg;

  @BeforeEach
  void setUp() throws IOException {
    server = FakeOpenAiServer.start();
    ClinicScript.install(server, true);
    kg = ClinicScript.writeKg(dir);
  }

  @AfterEach
  void tearDown() {
    LlmGateway.closeShared();
    server.close();
  }

  static RootConfig config(String baseUrl, Path out, String generator, String runner, Path... inputs) {
    LlmConfig llm = LlmConfig.of(baseUrl, "fake-med-7b").withBackoff(10, 200).withRetries(2, 30);
    SelfKgConfig kg = SelfKgConfig.defaults().withInputs(Arrays.stream(inputs).map(Path::toString).toList())
        .withGenerator(generator).withDomain("医学").withSampling(0.2, 0.9, 1024, 1);
    return new RootConfig(llm, new RunnerConfig(runner, null, null), out.toString(), "zh", "fail", null, null, kg);
  }

  private SelfKgSummary run(Path out, String generator) {
    return SelfKgPipeline.run(config(server.baseUrl(), out, generator, "DirectRunner", kg), quiet());
  }

  static PrintWriter quiet() {
    return new PrintWriter(new StringWriter());
  }

  static <T> List<T> read(Path file, Class<T> type) {
    return StageFiles.read(file, type);
  }

  @Test
  void should_make_exact_template_examples_without_any_llm() {
    Path out = dir.resolve("template");
    RootConfig config = config(null, out, "template", "DirectRunner", kg);

    SelfKgSummary s = SelfKgPipeline.run(config, quiet());

    assertThat(read(out.resolve("finetune.jsonl"), FinetuneRow.class))
        .extracting(FinetuneRow::instruction, FinetuneRow::output)
        .containsExactlyInAnyOrder(
            tuple("偏头痛属于哪个科室？", "偏头痛的就诊科室是神经内科。"),
            tuple("偏头痛有哪些症状？", "偏头痛的症状包括头痛和恶心。"),
            tuple("偏头痛的诱因是什么？", "偏头痛的诱因：睡眠不足。"),
            tuple("感冒应该去哪个科室就诊？", "感冒的就诊科室是呼吸内科。"),
            tuple("感冒会出现哪些症状？", "感冒的症状包括咳嗽和流涕。"),
            tuple("失眠应该去哪个科室就诊？", "失眠的就诊科室是精神心理科。"),
            tuple("失眠会出现哪些症状？", "失眠的症状包括入睡困难和早醒。"),
            tuple("口腔溃疡应该去哪个科室就诊？", "口腔溃疡的就诊科室是口腔科。"),
            tuple("口腔溃疡会出现哪些症状？", "口腔溃疡的症状包括口腔疼痛。"),
            tuple("过敏性鼻炎属于哪个科室？", "过敏性鼻炎的就诊科室是耳鼻喉科。"),
            tuple("过敏性鼻炎有哪些症状？", "过敏性鼻炎的症状包括打喷嚏。"),
            tuple("湿疹属于哪个科室？", "湿疹的就诊科室是皮肤科。"),
            tuple("湿疹有哪些症状？", "湿疹的症状包括皮肤瘙痒。"));
    List<Example> examples = read(out.resolve("examples.jsonl"), Example.class);
    assertThat(examples).filteredOn(e -> e.instruction().equals("感冒会出现哪些症状？")).singleElement()
        .satisfies(e -> {
          assertThat(e.provenance().kgTriples()).containsExactly(
              Triple.idOf("感冒", "相关症状", "咳嗽"), Triple.idOf("感冒", "相关症状", "流涕"));
          assertThat(e.provenance().promptTemplateId()).isEqualTo("self-kg/template/symptom");
          assertThat(e.provenance().model()).isNull();
        });
    assertThat(server.requestCount()).isZero();
    assertThat(s.model()).isNull();
    assertThat(s.read().triples()).isEqualTo(17);
    assertThat(s.read().facts()).isEqualTo(16);
    assertThat(s.read().duplicateTriples()).isEqualTo(1);
    assertThat(s.groups().entities()).isEqualTo(6);
    assertThat(s.template().questions()).isEqualTo(13);
    assertThat(s.generate().prompts()).isZero();
    assertThat(s.qa().candidates()).isEqualTo(13);
    assertThat(s.qa().examples()).isEqualTo(13);
    assertThat(read(out.resolve("rejects.jsonl"), Reject.class)).extracting(Reject::filter, Reject::source)
        .containsExactly(tuple("duplicate_triple", kg[1] + ":5"));
    assertThat(read(out.resolve("facts.jsonl"), Triple.class)).hasSize(16);
  }

  @Test
  void should_keep_grounded_llm_pairs_and_reject_the_rest_with_reasons() {
    Path out = dir.resolve("both");
    run(out, "both");

    List<Example> llm = read(out.resolve("examples.jsonl"), Example.class).stream()
        .filter(e -> e.provenance().model() != null).toList();
    assertThat(llm).extracting(Example::instruction, Example::output).containsExactlyInAnyOrder(
        tuple("偏头痛有哪些常见症状？", "偏头痛的常见症状包括头痛和恶心。"),
        tuple("偏头痛患者应该去哪个科室就诊？", "偏头痛患者可以到神经内科就诊。"),
        tuple("感冒应该挂哪个科？", "感冒一般到呼吸内科就诊。"),
        tuple("失眠有哪些表现？", "失眠的表现有入睡困难和早醒。"),
        tuple("口腔溃疡通常有什么症状？", "口腔溃疡的症状是口腔疼痛。"));
    assertThat(llm).allSatisfy(e -> {
      assertThat(e.provenance().model()).isEqualTo("fake-med-7b");
      assertThat(e.provenance().promptTemplateId()).isEqualTo("self-kg/generate");
      assertThat(e.provenance().promptTemplateVersion()).isEqualTo("1");
      assertThat(e.provenance().promptHash()).hasSize(64);
      assertThat(e.language()).isEqualTo("zh");
    });
    assertThat(llm).filteredOn(e -> e.instruction().equals("偏头痛有哪些常见症状？")).singleElement()
        .satisfies(e -> assertThat(e.provenance().kgTriples()).containsExactly(
            Triple.idOf("偏头痛", "相关症状", "头痛"), Triple.idOf("偏头痛", "相关症状", "恶心")));

    List<Reject> rejects = read(out.resolve("rejects.jsonl"), Reject.class);
    assertThat(rejects).extracting(Reject::stage, Reject::filter, Reject::reason).containsExactlyInAnyOrder(
        tuple("read", "duplicate_triple", "the same fact was read before at " + kg[0] + ":6"),
        tuple("generate", "incomplete_pair", "a question without an answer, or an answer without a question"),
        tuple("generate", "truncated", "pair cut off by the length limit (finish_reason length)"),
        tuple("generate", "unparseable_reply", "the reply holds no complete question–answer pair; "
            + "expected Q:/A:, 问：/答： or a JSON list"),
        tuple("validate", "unsupported_entity",
            "mentions '咳嗽', knowledge-graph entity not among the 4 facts it was made from"),
        tuple("validate", "answer_missing_facts",
            "the answer mentions none of '神经内科', '头痛', '恶心', '睡眠不足', the facts asked about"),
        tuple("dedup", "duplicate", "the same question as " + Example.contentId(
            "感冒会出现哪些症状？", "", "感冒的症状包括咳嗽和流涕。")));
    assertThat(rejects).filteredOn(r -> r.filter().equals("truncated")).singleElement()
        .satisfies(r -> assertThat(r.text()).isEqualTo("Q: 口腔溃疡应该看哪个科？\nA: 口腔溃疡可以去口腔"));
    assertThat(rejects).filteredOn(r -> r.filter().equals("unsupported_entity")).singleElement()
        .satisfies(r -> {
          assertThat(r.example().instruction()).isEqualTo("偏头痛和咳嗽有什么关系？");
          assertThat(r.source()).isEqualTo("entity 偏头痛, pair 3");
        });
    assertThat(read(out.resolve("dead-letters.jsonl"), DeadLetter.class)).singleElement().satisfies(d -> {
      assertThat(d.stage()).isEqualTo("generate");
      assertThat(d.errorType()).isEqualTo("server_error");
      assertThat(d.attempts()).isEqualTo(3);
      assertThat(d.input()).contains("\"entity\":\"湿疹\"");
    });
  }

  @Test
  void should_write_a_summary_whose_counts_add_up() throws IOException {
    Path out = dir.resolve("both");
    SelfKgSummary s = run(out, "both");

    assertThat(s.read().triples()).isEqualTo(s.read().facts() + s.read().duplicateTriples());
    assertThat(s.groups().entities()).isEqualTo(6);
    assertThat(s.generate().prompts()).isEqualTo(6);
    assertThat(s.generate().deadLetters()).isEqualTo(Map.of("server_error", 1L));
    assertThat(s.generate().prompts()).isEqualTo(s.generate().replies() + 1);
    assertThat(s.generate().replies()).isEqualTo(5)
        .isEqualTo(s.generate().repliesWithPairs() + s.generate().unparseableReplies());
    assertThat(s.generate().pairs()).isEqualTo(8);
    assertThat(s.generate().droppedPairs()).isEqualTo(Map.of("truncated", 1L, "incomplete_pair", 1L));
    assertThat(s.template().questions()).isEqualTo(13);
    assertThat(s.qa().candidates()).isEqualTo(21).isEqualTo(s.template().questions() + s.generate().pairs());
    assertThat(s.qa().rejected()).isEqualTo(Map.of("unsupported_entity", 1L, "answer_missing_facts", 1L, "duplicate", 1L));
    assertThat(s.qa().examples()).isEqualTo(18)
        .isEqualTo(s.qa().candidates() - s.qa().rejected().values().stream().mapToLong(Long::longValue).sum());
    assertThat(read(out.resolve("examples.jsonl"), Example.class)).hasSize((int) s.qa().examples());
    long rejectLines = read(out.resolve("rejects.jsonl"), Reject.class).size();
    assertThat(rejectLines).isEqualTo(s.read().rejected().values().stream().mapToLong(Long::longValue).sum()
        + s.read().duplicateTriples() + s.generate().unparseableReplies()
        + s.generate().droppedPairs().values().stream().mapToLong(Long::longValue).sum()
        + s.qa().rejected().values().stream().mapToLong(Long::longValue).sum());
    assertThat(s.llm().get("generate")).containsEntry("calls", 7L).containsEntry("failures", 1L)
        .containsEntry("prompt_tokens", 300L + 280 + 250 * 2 + 250 + 250 * 2);
    String json = Files.readString(out.resolve("summary.json"));
    assertThat(json).contains("\"replies_with_pairs\" : 4").contains("\"dead_letters\" : {");
    assertThat(s.toText()).startsWith("Self-KG (zh, fake-med-7b, DirectRunner, both, 1 hop)");
  }

  @Test
  void should_pay_only_for_the_calls_that_failed_when_rerun() throws IOException {
    Path out = dir.resolve("resume");
    run(out, "llm");
    int first = server.requestCount();
    LlmGateway.closeShared();
    server.reset();
    ClinicScript.install(server, false); // the endpoint recovered

    SelfKgSummary again = run(out, "llm");

    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(ClinicScript.entity(server.lastRequest())).isEqualTo("湿疹");
    assertThat(again.generate().deadLetters()).isEmpty();
    assertThat(read(out.resolve("examples.jsonl"), Example.class)).extracting(Example::instruction)
        .contains("湿疹有哪些症状？");
    assertThat(first).isEqualTo(7 + 3); // 7 paid replies, then 3 attempts at the failing endpoint
  }

  @Test
  void should_replay_a_finished_run_from_the_cache_with_the_same_outputs() throws IOException {
    Path out = dir.resolve("replay");
    run(out, "both");
    int calls = server.requestCount();
    String examples = Files.readString(out.resolve("examples.jsonl"));
    String rejects = Files.readString(out.resolve("rejects.jsonl"));
    Files.delete(out.resolve("examples.jsonl"));
    LlmGateway.closeShared();

    SelfKgSummary again = run(out, "both");

    assertThat(server.requestCount()).isEqualTo(calls + 3); // only the failing endpoint is asked again
    assertThat(Files.readString(out.resolve("examples.jsonl"))).isEqualTo(examples);
    assertThat(Files.readString(out.resolve("rejects.jsonl"))).isEqualTo(rejects);
    assertThat(again.llm().get("generate")).containsEntry("calls", 0L).containsEntry("cache_hits", 7L);
  }

  @Test
  void should_stop_at_a_bad_input_row_before_any_model_call() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "偏头痛\t相关症状\t头痛\n偏头痛\t所属科室\n");

    assertThatThrownBy(() -> SelfKgPipeline.run(config(server.baseUrl(), dir.resolve("bad"), "both", "DirectRunner", bad),
        quiet()))
        .isInstanceOf(BadRecordException.class)
        .hasMessage(bad + ":2: expected 3 columns separated by tabs, found 2");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void should_ask_for_an_endpoint_only_when_the_llm_generator_runs() {
    assertThatThrownBy(() -> SelfKgPipeline.run(config(null, dir.resolve("x"), "both", "DirectRunner", kg), quiet()))
        .hasMessageStartingWith("llm.base_url is not set");
  }
}
