package io.instruct4j.pipelines.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.cli.ConfigLoader;
import io.instruct4j.pipelines.RootConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What redoes a stage: its own settings, the contents of its inputs, and what its upstream stages were computed from. */
class RunFingerprintTest {

  @TempDir Path dir;
  private Path config;
  private Path seeds;
  private Path docs;

  @BeforeEach
  void setUp() throws IOException {
    seeds = Files.writeString(dir.resolve("seeds.jsonl"),
        "{\"id\": \"s1\", \"instruction\": \"Explain what APR means.\", \"instances\": [{\"input\": \"\", \"output\": \"A yearly rate.\"}]}\n");
    docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.md"), "# A\n\nSome text about batteries that is long enough to be a chunk.\n");
    Path kg = Files.writeString(dir.resolve("kg.tsv"), "head\trelation\ttail\nflu\tsymptom\tfever\n");
    config = Files.writeString(dir.resolve("run.yaml"), """
        llm: {base_url: "http://localhost:8000/v1", model: qwen2.5-7b}
        self_instruct: {seeds: %s, target_instructions: 10}
        self_qa: {inputs: [%s]}
        self_kg: {inputs: [%s], generator: template}
        """.formatted(seeds, docs, kg));
  }

  private Map<Stage, Fingerprint> prints(String... overrides) {
    RootConfig root = ConfigLoader.load(config, List.of(overrides));
    StageFingerprints unit = new StageFingerprints(root);
    Map<Stage, Fingerprint> out = new EnumMap<>(Stage.class);
    for (Stage s : List.of(Stage.SELF_INSTRUCT, Stage.SELF_QA, Stage.SELF_KG, Stage.CURATE, Stage.EXPORT)) {
      out.put(s, unit.of(s, out));
    }
    return out;
  }

  @Test
  void should_give_the_same_fingerprints_for_the_same_settings_and_inputs() {
    Map<Stage, Fingerprint> first = prints();

    assertThat(prints()).isEqualTo(first);
    assertThat(first.values()).extracting(Fingerprint::total).doesNotHaveDuplicates().allSatisfy(f -> assertThat(f).hasSize(64));
  }

  @Test
  void should_ignore_how_calls_are_made_and_which_runner_makes_them() {
    Map<Stage, Fingerprint> first = prints();

    assertThat(prints("llm.max_in_flight=64", "llm.timeout_seconds=5", "llm.max_retries=0", "llm.requests_per_minute=60",
        "llm.tokens_per_minute=1000", "llm.initial_backoff_millis=1", "llm.max_backoff_millis=2",
        "llm.cache_file=/elsewhere.sqlite", "llm.api_key_env=OTHER_KEY", "runner.name=FlinkRunner",
        "runner.parallelism=8", "output=/somewhere/else", "run.name=other")).isEqualTo(first);
  }

  @Test
  void should_redo_the_model_stages_and_what_reads_them_when_the_model_changes() {
    Map<Stage, Fingerprint> first = prints();
    Map<Stage, Fingerprint> other = prints("llm.model=llama3.1-8b");

    assertThat(other.get(Stage.SELF_INSTRUCT).config()).isNotEqualTo(first.get(Stage.SELF_INSTRUCT).config());
    assertThat(other.get(Stage.SELF_QA).config()).isNotEqualTo(first.get(Stage.SELF_QA).config());
    // The template generator calls no model: nothing of Self-KG changes.
    assertThat(other.get(Stage.SELF_KG)).isEqualTo(first.get(Stage.SELF_KG));
    // Curate's settings are the same; what it reads is not.
    assertThat(other.get(Stage.CURATE).config()).isEqualTo(first.get(Stage.CURATE).config());
    assertThat(other.get(Stage.CURATE).total()).isNotEqualTo(first.get(Stage.CURATE).total());
    assertThat(other.get(Stage.EXPORT).total()).isNotEqualTo(first.get(Stage.EXPORT).total());
  }

  @Test
  void should_redo_only_the_export_when_only_export_settings_change() {
    Map<Stage, Fingerprint> first = prints();
    Map<Stage, Fingerprint> other = prints("export.formats=[alpaca]", "export.system_prompt=Be brief.");

    for (Stage s : List.of(Stage.SELF_INSTRUCT, Stage.SELF_QA, Stage.SELF_KG, Stage.CURATE)) {
      assertThat(other.get(s)).as(s.key()).isEqualTo(first.get(s));
    }
    assertThat(other.get(Stage.EXPORT).config()).isNotEqualTo(first.get(Stage.EXPORT).config());
    assertThat(other.get(Stage.EXPORT).inputs()).isEqualTo(first.get(Stage.EXPORT).inputs());
  }

  @Test
  void should_redo_a_generator_when_its_own_setting_or_the_language_changes() {
    Map<Stage, Fingerprint> first = prints();

    Map<Stage, Fingerprint> si = prints("self_instruct.target_instructions=20");
    assertThat(si.get(Stage.SELF_INSTRUCT)).isNotEqualTo(first.get(Stage.SELF_INSTRUCT));
    assertThat(si.get(Stage.SELF_QA)).isEqualTo(first.get(Stage.SELF_QA));

    Map<Stage, Fingerprint> zh = prints("language=zh");
    assertThat(zh.get(Stage.SELF_QA).config()).isNotEqualTo(first.get(Stage.SELF_QA).config());
    assertThat(zh.get(Stage.SELF_KG).config()).isNotEqualTo(first.get(Stage.SELF_KG).config());
  }

  @Test
  void should_follow_input_contents_not_their_modification_times() throws IOException {
    Map<Stage, Fingerprint> first = prints();

    Files.setLastModifiedTime(seeds, FileTime.fromMillis(0));
    assertThat(prints()).isEqualTo(first);

    Files.writeString(seeds, Files.readString(seeds).replace("yearly", "annual"));
    Map<Stage, Fingerprint> edited = prints();
    assertThat(edited.get(Stage.SELF_INSTRUCT).config()).isEqualTo(first.get(Stage.SELF_INSTRUCT).config());
    assertThat(edited.get(Stage.SELF_INSTRUCT).inputs()).isNotEqualTo(first.get(Stage.SELF_INSTRUCT).inputs());
    assertThat(edited.get(Stage.SELF_QA)).isEqualTo(first.get(Stage.SELF_QA));

    Files.writeString(docs.resolve("b.txt"), "another document");
    assertThat(prints().get(Stage.SELF_QA)).isNotEqualTo(first.get(Stage.SELF_QA));
  }

  @Test
  void should_name_the_setting_of_an_input_that_does_not_exist() {
    assertThatThrownBy(() -> prints("self_instruct.seeds=" + dir.resolve("missing.jsonl")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("self_instruct.seeds names " + dir.resolve("missing.jsonl"))
        .hasMessageContaining("which does not exist");
  }

  @Test
  void should_write_settings_as_canonical_json_whatever_their_order() {
    assertThat(Fingerprints.canonical(Map.of("b", 1, "a", Map.of("d", 2, "c", 3))))
        .isEqualTo("{\"a\":{\"c\":3,\"d\":2},\"b\":1}");
    assertThat(Fingerprints.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
