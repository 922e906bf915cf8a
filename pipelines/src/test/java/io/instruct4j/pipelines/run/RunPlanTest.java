package io.instruct4j.pipelines.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.cli.ConfigLoader;
import io.instruct4j.pipelines.RootConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which stages a start runs, where, and why: run.*, --from, --until and the run-state records. */
class RunPlanTest {

  @TempDir Path dir;

  private RootConfig config(String yaml) {
    try {
      return ConfigLoader.load(Files.writeString(dir.resolve("c.yaml"), yaml), List.of());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void should_run_the_generators_whose_inputs_are_set_then_curate_and_export_in_runs_name() {
    RunPlan unit = RunPlan.of(config("self_qa: {inputs: [docs]}\nself_kg: {inputs: [kg.tsv]}\n"), RunOptions.DEFAULT,
        "demo");

    assertThat(unit.name()).isEqualTo("demo");
    assertThat(unit.runDir()).isEqualTo(Path.of("runs", "demo").toAbsolutePath());
    assertThat(unit.stages()).containsExactly(Stage.SELF_QA, Stage.SELF_KG, Stage.CURATE, Stage.EXPORT);
    assertThat(unit.selected()).isEqualTo(unit.stages());
    assertThat(unit.forced()).isEmpty();
  }

  @Test
  void should_take_the_generators_and_training_from_the_run_section_in_run_order() {
    RunPlan unit = RunPlan.of(config("""
        output: out/here
        run: {name: mine, generators: [self_kg, self_instruct], train: true}
        """), RunOptions.DEFAULT, "ignored");

    assertThat(unit.name()).isEqualTo("mine");
    assertThat(unit.runDir()).isEqualTo(Path.of("out/here").toAbsolutePath());
    assertThat(unit.stages()).containsExactly(Stage.SELF_INSTRUCT, Stage.SELF_KG, Stage.CURATE, Stage.EXPORT, Stage.TRAIN);
  }

  @Test
  void should_force_a_stage_and_everything_that_reads_it_with_from() {
    RootConfig c = config("run: {generators: [self_instruct, self_qa, self_kg], train: true}\n");

    assertThat(RunPlan.of(c, new RunOptions(Stage.SELF_QA, null, false), null).forced())
        .containsExactly(Stage.SELF_QA, Stage.CURATE, Stage.EXPORT, Stage.TRAIN);
    assertThat(RunPlan.of(c, new RunOptions(Stage.EXPORT, null, false), null).forced())
        .containsExactly(Stage.EXPORT, Stage.TRAIN);
  }

  @Test
  void should_select_a_stage_and_everything_it_reads_with_until() {
    RootConfig c = config("run: {generators: [self_instruct, self_qa, self_kg], train: true}\n");

    assertThat(RunPlan.of(c, new RunOptions(null, Stage.SELF_KG, false), null).selected()).containsExactly(Stage.SELF_KG);
    assertThat(RunPlan.of(c, new RunOptions(null, Stage.EXPORT, false), null).selected())
        .containsExactly(Stage.SELF_INSTRUCT, Stage.SELF_QA, Stage.SELF_KG, Stage.CURATE, Stage.EXPORT);
    RunPlan both = RunPlan.of(c, new RunOptions(Stage.SELF_QA, Stage.CURATE, false), null);
    assertThat(both.selected()).containsExactly(Stage.SELF_INSTRUCT, Stage.SELF_QA, Stage.SELF_KG, Stage.CURATE);
    assertThat(both.forced()).containsExactly(Stage.SELF_QA, Stage.CURATE, Stage.EXPORT, Stage.TRAIN);
  }

  @Test
  void should_refuse_stages_that_are_not_part_of_the_run() {
    RootConfig c = config("run: {generators: [self_qa]}\n");

    assertThatThrownBy(() -> RunPlan.of(c, new RunOptions(Stage.TRAIN, null, false), null))
        .hasMessage("--from train: that stage is not part of this run (run.train is false)");
    assertThatThrownBy(() -> RunPlan.of(c, new RunOptions(null, Stage.SELF_KG, false), null))
        .hasMessage("--until self_kg: that stage is not part of this run (run.generators is [self_qa])");
    assertThatThrownBy(() -> new RunOptions(Stage.CURATE, Stage.SELF_QA, false))
        .hasMessage("--from curate and --until self_qa leave nothing to redo: self_qa does not read curate's outputs");
    assertThatThrownBy(() -> RunPlan.of(config("language: en\n"), RunOptions.DEFAULT, null))
        .hasMessageStartingWith("no generator to run: list them in run.generators");
  }

  @Test
  void should_check_the_run_section_strictly() {
    assertThatThrownBy(() -> config("run: {generators: []}\n")).hasMessageContaining("run.generators is empty");
    assertThatThrownBy(() -> config("run: {generators: [self_qa, self-qa]}\n"))
        .hasMessageContaining("run.generators lists 'self_qa' twice");
    assertThatThrownBy(() -> config("run: {generators: [self_ka]}\n")).hasMessageContaining(
        "each of run.generators must be one of [self_instruct, self_qa, self_kg, curate, export, train], got 'self_ka'");
    assertThatThrownBy(() -> config("run: {name: ../escape}\n")).hasMessageContaining("run.name must start with a letter");
    assertThatThrownBy(() -> config("run: {nmae: x}\n")).hasMessageContaining("unknown config key 'run.nmae'");
    assertThat(config("run: {generators: [Self-KG]}\n").run().generatorStages()).containsExactly(Stage.SELF_KG);
  }

  @Test
  void should_say_why_a_stage_runs_or_is_skipped() throws IOException {
    Fingerprint fp = Fingerprint.of("c", "i");
    Path out = Files.writeString(dir.resolve("examples.jsonl"), "");
    StageRecord done = new StageRecord("done", fp.total(), "c", "i", "t0", "t1", 1.0, 1L, 1L, null,
        Map.of("dataset", "examples.jsonl"), null);

    assertThat(Decision.of(Stage.CURATE, fp, null, false, dir)).extracting(Decision::run, Decision::reason, Decision::fresh)
        .containsExactly(true, "new", true);
    assertThat(Decision.of(Stage.CURATE, fp, done, false, dir)).extracting(Decision::run, Decision::reason)
        .containsExactly(false, "done t1");
    assertThat(Decision.of(Stage.CURATE, fp, done, true, dir)).extracting(Decision::run, Decision::reason, Decision::fresh)
        .containsExactly(true, "forced by --from", true);
    assertThat(Decision.of(Stage.CURATE, Fingerprint.of("c2", "i"), done, false, dir).reason()).isEqualTo("settings changed");
    assertThat(Decision.of(Stage.CURATE, Fingerprint.of("c", "i2"), done, false, dir).reason()).isEqualTo("inputs changed");
    StageRecord running = new StageRecord("running", fp.total(), "c", "i", "t0", null, null, null, null, null, null, null);
    assertThat(Decision.of(Stage.CURATE, fp, running, false, dir)).extracting(Decision::reason, Decision::fresh)
        .containsExactly("unfinished, resuming", false);
    Files.delete(out);
    assertThat(Decision.of(Stage.CURATE, fp, done, false, dir).reason()).isEqualTo("output examples.jsonl is missing");
  }

  @Test
  void should_know_which_stages_read_which() {
    assertThat(Stage.SELF_QA.feeds(Stage.TRAIN)).isTrue();
    assertThat(Stage.SELF_QA.feeds(Stage.SELF_KG)).isFalse();
    assertThat(Stage.EXPORT.feeds(Stage.CURATE)).isFalse();
    assertThat(Stage.parse("SELF-instruct", "--from")).isEqualTo(Stage.SELF_INSTRUCT);
  }

  @Test
  void should_refuse_a_run_state_of_another_format_version() throws IOException {
    Files.writeString(dir.resolve(RunState.FILE), "{\"version\": 99, \"name\": \"x\", \"stages\": {}}");

    assertThatThrownBy(() -> RunState.read(dir, "x")).hasMessageContaining("has format version 99, this instruct4j reads 1")
        .hasMessageContaining("delete the file to redo every stage");
  }
}
