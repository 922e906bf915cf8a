package io.instruct4j.pipelines.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.testkit.FakeRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code instruct4j run} end to end on DirectRunner: all three generators against one scripted
 * endpoint, then curate and export, in one run folder. One full run is made once; each test
 * works on its own copy of that run folder (response cache included), so a test that expects no
 * model call sees any call it did not expect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunPipelineTest {

  @TempDir static Path dir;
  private RunWorld world;
  private RunSummary first;
  private DryRunReport plan;
  private int requestsOfFirstRun;

  @BeforeAll
  void runOnce() {
    world = new RunWorld(dir);
    plan = world.dryRun();
    first = world.run();
    requestsOfFirstRun = world.server.requestCount();
    LlmGateway.closeShared();
  }

  @AfterEach
  void closeGateways() {
    LlmGateway.closeShared();
  }

  @AfterAll
  void tearDown() {
    world.close();
  }

  @Test
  void should_run_every_stage_and_hand_each_stage_s_output_to_the_next() throws IOException {
    assertThat(first.stages()).extracting(StageReport::stage, StageReport::status).containsExactly(
        tuple(Stage.SELF_INSTRUCT, "ran"), tuple(Stage.SELF_QA, "ran"),
        tuple(Stage.SELF_KG, "ran"), tuple(Stage.CURATE, "ran"),
        tuple(Stage.EXPORT, "ran"));
    // The generators' own test suites pin the outputs of their scripts (5 and 6 examples); Self-KG
    // makes 5 template questions and 3 grounded pairs from CareScript, one pair a duplicate of a template one.
    assertThat(first.stages()).extracting(StageReport::recordsIn, StageReport::recordsOut).containsExactly(
        tuple(3L, 5L), tuple(9L, 6L),
        tuple(7L, 7L), tuple(18L, 18L),
        tuple(18L, 18L));
    long generated = Stream.of(Stage.SELF_INSTRUCT, Stage.SELF_QA, Stage.SELF_KG)
        .mapToLong(s -> first.stage(s).recordsOut()).sum();
    assertThat(first.stage(Stage.CURATE).recordsIn()).isEqualTo(generated);
    JsonNode curation = json(world.runDir.resolve("curate/curation-report.json"));
    Map<String, Long> perFile = new TreeMap<>();
    curation.path("inputs").forEach(f -> perFile.put(Path.of(f.path("file").asText()).getParent().getFileName()
        + "/" + Path.of(f.path("file").asText()).getFileName(), f.path("examples").asLong()));
    assertThat(perFile).containsExactlyInAnyOrderEntriesOf(Map.of(
        "self-instruct/instances.jsonl", 5L, "self-qa/examples.jsonl", 6L,
        "self-kg/examples.jsonl", first.stage(Stage.SELF_KG).recordsOut()));
    long kept = first.stage(Stage.CURATE).recordsOut();
    assertThat(kept).isEqualTo(curation.path("kept").asLong()).isPositive();
    assertThat(lines(world.runDir.resolve("curate/examples.jsonl"))).isEqualTo(kept);
    assertThat(first.stage(Stage.EXPORT).recordsIn()).isEqualTo(kept);
    assertThat(first.stage(Stage.EXPORT).recordsOut()).isEqualTo(kept);
    JsonNode export = json(world.runDir.resolve("export/export-report.json"));
    assertThat(export.path("train").asLong() + export.path("validation").asLong()).isEqualTo(kept);
    assertThat(export.path("validation").asLong()).isEqualTo(3);
    assertThat(arrayLength(world.runDir.resolve("export/alpaca_train.json"))
        + arrayLength(world.runDir.resolve("export/alpaca_validation.json"))).isEqualTo(kept);
  }

  @Test
  void should_keep_one_response_cache_and_a_state_entry_per_stage_in_the_run_folder() throws IOException {
    try (Stream<Path> top = Files.list(world.runDir)) {
      assertThat(top.map(p -> p.getFileName().toString())).contains("run-state.json", "llm-cache.sqlite",
          "self-instruct", "self-qa", "self-kg", "curate", "export");
    }
    for (String stage : List.of("self-instruct", "self-qa", "self-kg")) {
      assertThat(world.runDir.resolve(stage).resolve("llm-cache.sqlite")).doesNotExist();
      assertThat(world.runDir.resolve(stage).resolve("summary.json")).exists();
    }
    RunState state = RunState.read(world.runDir, "e2e");
    assertThat(state.stages()).containsOnlyKeys("self_instruct", "self_qa", "self_kg", "curate", "export");
    for (StageReport report : first.stages()) {
      StageRecord record = state.get(report.stage());
      assertThat(record.done()).isTrue();
      assertThat(record.fingerprint()).hasSize(64);
      assertThat(record.recordsOut()).isEqualTo(report.recordsOut());
      assertThat(record.llm()).isEqualTo(report.llm());
      assertThat(record.wallSeconds()).isNotNull();
      record.outputs().values().forEach(p -> assertThat(world.runDir.resolve(p)).exists());
    }
    // Self-Instruct 15 calls (one retried after a 429), Self-QA 15, Self-KG 3; one call of each failed for good.
    assertThat(first.stages()).extracting(s -> s.llm().calls(), s -> s.llm().failures()).containsExactly(
        tuple(15L, 1L), tuple(15L, 1L),
        tuple(3L, 1L), tuple(0L, 0L),
        tuple(0L, 0L));
    LlmUsage total = first.llm();
    assertThat(total.retries()).isEqualTo(1);
    assertThat(total.cacheHits()).isZero();
    // Each failed call was tried 1 + max_retries (2) times; curate and export call no model.
    assertThat(total.calls() + total.retries() + 3 * total.failures()).isEqualTo(requestsOfFirstRun);
    assertThat(state.get(Stage.CURATE).llm()).isEqualTo(LlmUsage.NONE);
  }

  @Test
  void should_redo_nothing_when_started_again() throws IOException {
    Path copy = copyOfFirstRun("again");
    Map<String, String> before = hashes(copy);
    int requests = world.server.requestCount();

    RunSummary again = world.run("output=" + copy);

    assertThat(again.stages()).allSatisfy(s -> assertThat(s.status()).isEqualTo("skipped"));
    assertThat(again.llm()).isEqualTo(LlmUsage.NONE);
    assertThat(world.server.requestCount()).isEqualTo(requests);
    Map<String, String> after = hashes(copy);
    after.remove("run-state.json");
    before.remove("run-state.json");
    assertThat(after).isEqualTo(before);
    assertThat(again.stage(Stage.EXPORT).recordsOut()).isEqualTo(first.stage(Stage.EXPORT).recordsOut());
  }

  @Test
  void should_redo_only_curate_and_export_when_a_curate_setting_changes() {
    Path copy = copyOfFirstRun("curate-changed");
    int requests = world.server.requestCount();

    RunSummary again = world.run("output=" + copy, "curate.near_duplicate.threshold=0.9");

    assertThat(again.stages()).extracting(StageReport::status)
        .containsExactly("skipped", "skipped", "skipped", "ran", "ran");
    assertThat(again.stage(Stage.CURATE).reason()).isEqualTo("settings changed");
    assertThat(again.stage(Stage.EXPORT).reason()).isEqualTo("inputs changed");
    assertThat(world.server.requestCount()).isEqualTo(requests);
    assertThat(again.stage(Stage.CURATE).recordsIn()).isEqualTo(first.stage(Stage.CURATE).recordsIn());
  }

  @Test
  void should_redo_only_export_when_export_or_operational_settings_change() {
    Path copy = copyOfFirstRun("export-changed");
    int requests = world.server.requestCount();

    RunSummary again = world.run("output=" + copy, "export.formats=[alpaca]", "llm.max_in_flight=3",
        "llm.timeout_seconds=60", "llm.max_retries=4", "runner.parallelism=2");

    assertThat(again.stages()).extracting(StageReport::status)
        .containsExactly("skipped", "skipped", "skipped", "skipped", "ran");
    assertThat(world.server.requestCount()).isEqualTo(requests);
    assertThat(copy.resolve("export/alpaca_train.json")).exists();
    assertThat(again.stage(Stage.EXPORT).outputs()).containsOnlyKeys("alpaca_train", "alpaca_validation",
        "dataset_info", "report");
  }

  @Test
  void should_redo_a_generator_and_every_stage_that_reads_it_with_from() {
    Path copy = copyOfFirstRun("from");
    List<FakeRequest> before = world.server.requests();

    RunSummary again = world.run(new RunOptions(Stage.SELF_KG, null, false), "output=" + copy);

    assertThat(again.stages()).extracting(StageReport::status)
        .containsExactly("skipped", "skipped", "ran", "ran", "ran");
    assertThat(again.stage(Stage.SELF_KG).reason()).isEqualTo("forced by --from");
    assertThat(again.stage(Stage.SELF_KG).recordsOut()).isEqualTo(first.stage(Stage.SELF_KG).recordsOut());
    // Finished calls come from the cache; only the call that failed for good is asked again (1 + 2 retries).
    List<FakeRequest> sent = world.server.requests().subList(before.size(), world.server.requestCount());
    assertThat(sent).hasSize(3).allSatisfy(r -> assertThat(r.lastUserMessage()).contains("about \"nosebleed\""));
    assertThat(again.stage(Stage.SELF_KG).llm().cacheHits()).isEqualTo(3);
  }

  @Test
  void should_stop_after_until_and_run_the_rest_on_the_next_start() throws IOException {
    Path fresh = dir.resolve("runs/until");
    // A copy of the first run's cache: the replies are free, only calls that failed for good are sent again.
    Path cache = Files.copy(world.runDir.resolve("llm-cache.sqlite"), dir.resolve("until-cache.sqlite"));
    int before = world.server.requestCount();

    // Two generators keep the test short; Self-Instruct's rounds add time, not coverage.
    String generators = "run.generators=[self_qa, self_kg]";
    RunSummary partial = world.run(new RunOptions(null, Stage.SELF_QA, false), "output=" + fresh,
        "llm.cache_file=" + cache, generators);

    assertThat(partial.stages()).extracting(StageReport::stage, StageReport::status).containsExactly(
        tuple(Stage.SELF_QA, "ran"), tuple(Stage.SELF_KG, "not_run"),
        tuple(Stage.CURATE, "not_run"), tuple(Stage.EXPORT, "not_run"));
    assertThat(RunState.read(fresh, "e2e").stages()).containsOnlyKeys("self_qa");
    assertThat(fresh.resolve("self-kg")).doesNotExist();
    // Only the answer call that failed for good is sent again (1 + 2 retries).
    assertThat(world.server.requests().subList(before, world.server.requestCount()))
        .hasSize(3).allSatisfy(r -> assertThat(isSelfQa(r)).isTrue());

    int afterQa = world.server.requestCount();
    RunSummary rest = world.run("output=" + fresh, "llm.cache_file=" + cache, generators);

    assertThat(rest.stages()).extracting(StageReport::status).containsExactly("skipped", "ran", "ran", "ran");
    assertThat(world.server.requests().subList(afterQa, world.server.requestCount()))
        .hasSize(3).allSatisfy(r -> assertThat(CareScript.isKg(r)).isTrue());
    assertThat(rest.stage(Stage.CURATE).recordsIn())
        .isEqualTo(first.stage(Stage.SELF_QA).recordsOut() + first.stage(Stage.SELF_KG).recordsOut());
  }

  @Test
  void should_plan_without_calling_the_model_exactly_the_calls_self_qa_and_self_kg_make() throws IOException {
    assertThat(plan.ok()).isTrue();
    assertThat(plan.warnings()).isEmpty();
    assertThat(plan.decisions()).allSatisfy(d -> assertThat(d.reason()).isEqualTo("new"));
    // Self-QA: one question call per chunk (exact), at most questions_per_chunk answers per chunk.
    StageEstimate qa = plan.estimates().get(Stage.SELF_QA);
    Map<String, Map<String, Long>> qaLlm = llm(world.runDir.resolve("self-qa/summary.json"));
    assertThat(answered(qaLlm, "questions")).isEqualTo(step(qa, "questions").calls());
    assertThat(json(world.runDir.resolve("self-qa/summary.json")).path("chunks").path("kept").asLong())
        .isEqualTo(qa.inputs());
    assertThat(answered(qaLlm, "answers")).isPositive().isLessThanOrEqualTo(step(qa, "answers").calls());
    assertThat(step(qa, "answers").calls()).isEqualTo(3 * qa.inputs());
    assertThat(requestsFor(this::isQuestionCall) - retries(qaLlm, "questions", "self-qa"))
        .isEqualTo(step(qa, "questions").calls());
    // Self-KG: one prompt per entity (exact); the resample of the refusal is within the bound.
    StageEstimate kg = plan.estimates().get(Stage.SELF_KG);
    assertThat(step(kg, "generate").calls()).isEqualTo(CareScript.ENTITIES);
    assertThat(json(world.runDir.resolve("self-kg/summary.json")).path("generate").path("prompts").asLong())
        .isEqualTo(CareScript.ENTITIES);
    Map<String, Map<String, Long>> kgLlm = llm(world.runDir.resolve("self-kg/summary.json"));
    assertThat(answered(kgLlm, "generate")).isEqualTo(CareScript.ENTITIES + 1).isLessThanOrEqualTo(kg.calls());
    assertThat(requestsFor(CareScript::isKg) - retries(kgLlm, "generate", "self-kg")).isEqualTo(CareScript.ENTITIES + 1);
  }

  @Test
  void should_plan_an_upper_bound_of_the_calls_self_instruct_makes() throws IOException {
    StageEstimate si = plan.estimates().get(Stage.SELF_INSTRUCT);
    Map<String, Map<String, Long>> llm = llm(world.runDir.resolve("self-instruct/summary.json"));
    // 3 rounds × 1 request; accepted ≤ min(3 × 20, 6 − 1 + 20) = 25; classify ≤ 25 × (1 + 2 resamples).
    assertThat(step(si, "bootstrap").calls()).isEqualTo(3);
    assertThat(step(si, "classify").calls()).isEqualTo(75);
    assertThat(step(si, "instances").calls()).isEqualTo(25);
    for (String s : List.of("bootstrap", "classify", "instances")) {
      assertThat(answered(llm, s)).as(s).isPositive().isLessThanOrEqualTo(step(si, s).calls());
    }
    assertThat(si.exact()).isFalse();
    assertThat(plan.calls()).isGreaterThanOrEqualTo(first.llm().answered());
    assertThat(plan.toText()).contains("≤ 103", "self_qa", "self_kg", "no model was called");
  }

  @Test
  void should_check_every_input_before_any_model_call() throws IOException {
    Path badKg = Files.writeString(dir.resolve("bad.tsv"), "head\trelation\ttail\nsunburn\tsymptom\n");
    int before = world.server.requestCount();

    assertThatThrownBy(() -> world.run("output=" + dir.resolve("runs/bad"), "self_kg.inputs=['" + badKg + "']"))
        .hasMessageContaining(badKg.toString()).hasMessageContaining(":2");

    assertThat(world.server.requestCount()).isEqualTo(before);
    assertThat(dir.resolve("runs/bad/run-state.json")).doesNotExist();
  }

  @Test
  void should_record_a_failed_stage_and_keep_the_stages_before_it_done() throws IOException {
    Path copy = copyOfFirstRun("train-fails");
    Path model = Files.createDirectories(dir.resolve("not-a-model"));
    Files.writeString(model.resolve("config.json"), "{\"model_type\": \"llama\"}");
    int requests = world.server.requestCount();

    assertThatThrownBy(() -> world.run("output=" + copy, "run.train=true", "train.model_dir=" + model))
        .isInstanceOf(RunFailedException.class)
        .hasMessageStartingWith("train failed: ")
        .hasMessageContaining("run the same command again to resume")
        .satisfies(e -> assertThat(((RunFailedException) e).summary().stages())
            .extracting(StageReport::status).containsExactly("skipped", "skipped", "skipped", "skipped", "skipped",
                "failed"));

    RunState state = RunState.read(copy, "e2e");
    assertThat(state.get(Stage.TRAIN).status()).isEqualTo("failed");
    assertThat(state.get(Stage.TRAIN).error()).isNotBlank();
    assertThat(state.get(Stage.EXPORT).done()).isTrue();
    assertThat(world.server.requestCount()).isEqualTo(requests);
  }

  // --- helpers

  /** Self-QA's requests: neither Self-Instruct's (FinanceScript's three prompts) nor Self-KG's. */
  private static boolean isSelfQa(FakeRequest r) {
    String p = r.lastUserMessage();
    boolean selfInstruct = p.contains("Come up with a series of tasks") || p.contains("Is it classification?")
        || p.contains("Write up to");
    return !selfInstruct && !CareScript.isKg(r);
  }

  private boolean isQuestionCall(FakeRequest r) {
    return r.lastUserMessage().contains("write 3 questions") || r.lastUserMessage().contains("提出 3 个");
  }

  private long requestsFor(java.util.function.Predicate<FakeRequest> which) {
    return world.server.requests().subList(0, requestsOfFirstRun).stream().filter(which).count();
  }

  /** HTTP requests beyond one per call: retries of answered calls and extra attempts of failed ones. */
  private long retries(Map<String, Map<String, Long>> llm, String step, String folder) throws IOException {
    long extra = llm.get(step).get("retries");
    for (String line : Files.readAllLines(world.runDir.resolve(folder).resolve("dead-letters.jsonl"))) {
      JsonNode d = Json.MAPPER.readTree(line);
      if (d.path("stage").asText().equals(step)) {
        extra += d.path("attempts").asLong() - 1;
      }
    }
    return extra;
  }

  private static CallEstimate step(StageEstimate e, String name) {
    return e.steps().stream().filter(s -> s.step().equals(name)).findFirst().orElseThrow();
  }

  private static long answered(Map<String, Map<String, Long>> llm, String step) {
    Map<String, Long> row = llm.get(step);
    return row.get("calls") + row.get("cache_hits") + row.get("failures");
  }

  private static Map<String, Map<String, Long>> llm(Path summary) throws IOException {
    return Json.MAPPER.convertValue(json(summary).path("llm"),
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Map<String, Long>>>() {});
  }

  private Path copyOfFirstRun(String name) {
    Path target = dir.resolve("copies").resolve(name);
    try (Stream<Path> walk = Files.walk(world.runDir)) {
      for (Path p : walk.toList()) {
        Path to = target.resolve(world.runDir.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals(RunLock.FILE)) {
          Files.copy(p, to);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return target;
  }

  private static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(p).toString();
        if (!name.startsWith("llm-cache") && !name.equals(RunLock.FILE)) {
          out.put(name, InputHashes.file(p));
        }
      }
    }
    return out;
  }

  private static JsonNode json(Path file) throws IOException {
    return Json.MAPPER.readTree(Files.readString(file));
  }

  private static long lines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(l -> !l.isBlank()).count();
    }
  }

  private static long arrayLength(Path file) throws IOException {
    return Files.exists(file) ? json(file).size() : 0;
  }
}
