package io.instruct4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.llm.LlmGateway;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code instruct4j run} as a user types it. The runs here use Self-KG's template generator (no
 * model) so they stay fast; the model-calling paths are tested in RunPipelineTest.
 */
class RunCommandTest {

  private static final String TSV = """
      head\trelation\ttail
      sunburn\tsymptom\tred skin
      sunburn\ttreatment\tcool compress
      dehydration\tsymptom\tdry mouth
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path config;
  private Path runs;

  @BeforeEach
  void writeConfig() throws IOException {
    Path kg = Files.writeString(dir.resolve("care.tsv"), TSV);
    runs = dir.resolve("runs");
    config = Files.writeString(dir.resolve("care-kg.yaml"), """
        output: %s
        language: en
        run:
          generators: [self_kg]
        self_kg:
          inputs: [%s]
          generator: template
        export:
          formats: [alpaca]
          validation_fraction: 0
        """.formatted(runs.resolve("care"), kg));
  }

  @AfterEach
  void closeGateways() {
    LlmGateway.closeShared();
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void should_print_the_plan_of_every_stage_and_write_nothing_on_a_dry_run() {
    assertThat(run("run", config.toString(), "--dry-run")).isEqualTo(Cli.OK);

    assertThat(out.toString())
        .contains("Dry run of care-kg in " + runs.resolve("care"))
        .containsPattern("self_kg +run +new +2 entities +- ")
        .containsPattern("curate +run +new +- ")
        .containsPattern("export +run +new ")
        .contains("self_kg: 1 files, 3 records -> 3 facts about 2 entities")
        .contains("The config and inputs are valid.");
    assertThat(runs).doesNotExist();
  }

  @Test
  void should_run_every_stage_then_skip_them_all_on_the_next_start() {
    assertThat(run("run", config.toString())).isEqualTo(Cli.OK);
    assertThat(out.toString())
        .containsPattern("self_kg +ran +3 facts -> 3 examples")
        .containsPattern("curate +ran +3 examples -> 3 kept")
        .containsPattern("export +ran +3 examples -> 3 rows")
        .contains("dataset  " + runs.resolve("care") + "/curate/examples.jsonl")
        .contains("export   " + runs.resolve("care") + "/export/alpaca_train.json");
    assertThat(err.toString()).contains("self_kg: running (new)").contains("export: done in ");

    assertThat(run("run", "-c", config.toString())).isEqualTo(Cli.OK);
    assertThat(out.toString()).contains("Run care-kg: 0 ran, 3 skipped")
        .containsPattern("self_kg +skipped +3 facts -> 3 examples");
  }

  @Test
  void should_exit_2_when_the_config_or_a_stage_name_is_wrong() throws IOException {
    assertThat(run("run")).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("give the run's config file: instruct4j run CONFIG.yaml");

    assertThat(run("run", config.toString(), "--from", "dedup")).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("--from must be one of [self_instruct, self_qa, self_kg, curate, export, train], "
        + "got 'dedup'");

    assertThat(run("run", config.toString(), "--until", "train")).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("--until train: that stage is not part of this run (run.train is false)");

    assertThat(run("run", config.toString(), "--from", "export", "--until", "self-kg")).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("self_kg does not read export's outputs");

    Path typo = Files.writeString(dir.resolve("typo.yaml"), "run:\n  generators: [self_kg]\n  trian: true\n");
    assertThat(run("run", typo.toString())).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("unknown config key 'run.trian' in " + typo + ":3");

    Path notGenerator = Files.writeString(dir.resolve("gen.yaml"), "run:\n  generators: [self_kg, curate]\n");
    assertThat(run("run", notGenerator.toString())).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("run.generators lists 'curate', which is not a generator");
    assertThat(runs).doesNotExist();
  }

  @Test
  void should_exit_1_before_any_stage_when_the_endpoint_does_not_answer() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String endpoint = "http://127.0.0.1:" + closedPort + "/v1";

    int code = run("run", config.toString(), "--set", "self_kg.generator=llm", "--endpoint", endpoint, "--model", "m");

    assertThat(code).isEqualTo(Cli.FAILURE);
    assertThat(err.toString()).contains("instruct4j: cannot start: no answer from " + endpoint + "/models")
        .contains("check llm.base_url (--endpoint)");
    assertThat(runs.resolve("care/run-state.json")).doesNotExist();
  }

  @Test
  void should_warn_on_a_dry_run_that_the_endpoint_does_not_answer() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String endpoint = "http://127.0.0.1:" + closedPort + "/v1";

    int code = run("run", config.toString(), "--dry-run", "--set", "self_kg.generator=llm", "--endpoint", endpoint,
        "--model", "m");

    assertThat(code).isEqualTo(Cli.OK);
    assertThat(out.toString()).contains("warning: no answer from " + endpoint + "/models")
        .containsPattern("self_kg +run +new +2 entities +≤ 4 ")
        .containsPattern("generate +2 ")
        .containsPattern("generate \\(resamples\\) +≤ 2 ");
  }

  @Test
  void should_plan_the_demo_config_over_the_sample_data() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    // The demo's paths are relative to the repository root; the tests run in pipelines/.
    String data = "../sample-data/";
    int code = run("run", data + "demo.yaml", "--dry-run", "--endpoint", "http://127.0.0.1:" + closedPort + "/v1",
        "--output", dir.resolve("demo").toString(),
        "--set", "self_instruct.seeds=" + data + "self-instruct/seeds-en.jsonl",
        "--set", "self_qa.inputs=[" + data + "self-qa/docs]",
        "--set", "self_kg.inputs=[" + data + "self-kg/en/home-care.ttl, " + data + "self-kg/en/dehydration.nt, "
            + data + "self-kg/en/first-aid.jsonld]",
        "--set", "self_kg.templates_file=" + data + "self-kg/templates-example.yaml");

    assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
    assertThat(out.toString())
        .contains("Dry run of demo in " + dir.resolve("demo"))
        .containsPattern("self_instruct +run +new +36 seed tasks +≤ ")
        .containsPattern("self_qa +run +new +\\d+ chunks +≤ ")
        .containsPattern("self_kg +run +new +\\d+ entities +≤ ")
        .contains("The config and inputs are valid.");
    assertThat(dir.resolve("demo")).doesNotExist();
  }

  @Test
  void should_name_the_run_after_the_config_file() {
    assertThat(RunCommand.defaultName(Path.of("sample-data/demo.yaml"))).isEqualTo("demo");
    assertThat(RunCommand.defaultName(Path.of("my run (v2).yml"))).isEqualTo("my-run--v2-");
    assertThat(RunCommand.defaultName(Path.of("_.yaml"))).isEqualTo("run");
  }
}
