package io.instruct4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReply;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void closeGateways() {
    LlmGateway.closeShared();
  }

  private int run(String... args) {
    return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void should_print_the_version() {
    assertThat(run("version")).isEqualTo(Cli.OK);
    assertThat(out.toString()).startsWith("instruct4j 0.1.0-SNAPSHOT").contains("Java 17");
  }

  @ParameterizedTest
  @ValueSource(strings = {"version", "llm", "llm ping", "self-instruct"})
  void should_offer_help_on_every_subcommand(String command) {
    String[] args = (command + " --help").split(" ");
    assertThat(run(args)).isEqualTo(Cli.OK);
    assertThat(out.toString()).contains("Usage: instruct4j " + command);
  }

  @Test
  void should_exit_2_on_an_unknown_option() {
    assertThat(run("llm", "ping", "--no-such-option")).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void should_name_an_unknown_config_key_with_its_file_and_line() throws IOException {
    Path config = Files.writeString(dir.resolve("bad.yaml"), "llm:\n  base_url: http://localhost:1/v1\n  modle: qwen\n");
    assertThat(run("llm", "ping", "-c", config.toString())).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("unknown config key 'llm.modle' in " + config + ":3")
        .contains("allowed here: ").contains("model");
  }

  @Test
  void should_name_an_unknown_key_given_with_set() {
    assertThat(run("llm", "ping", "--set", "runner.nmae=flink")).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("unknown config key 'runner.nmae'");
  }

  @Test
  void should_say_which_setting_is_missing() {
    assertThat(run("llm", "ping", "--model", "m")).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("llm.base_url is not set").contains("--endpoint");
  }

  @Test
  void should_let_the_command_line_override_the_config_file() throws IOException {
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      server.otherwise(FakeReply.text("pong").withUsage(12, 1).withModel("served-model"));
      Path config = Files.writeString(dir.resolve("c.yaml"), "llm:\n  base_url: http://127.0.0.1:1/v1\n  model: from-file\n");
      int code = run("llm", "ping", "-c", config.toString(), "--endpoint", server.baseUrl(), "--set", "llm.model=from-cli");
      assertThat(code).isEqualTo(Cli.OK);
      assertThat(server.lastRequest().model()).isEqualTo("from-cli");
      assertThat(out.toString()).contains("ok: model served-model answered in").contains("12 prompt + 1 completion tokens")
          .contains(": pong");
    }
  }

  @Test
  void should_send_a_model_name_with_quotes_and_a_newline_exactly() {
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      server.otherwise(FakeReply.text("pong"));

      assertThat(run("llm", "ping", "--endpoint", server.baseUrl(), "--model", "it's\n\"m\"")).isEqualTo(Cli.OK);

      assertThat(server.lastRequest().model()).isEqualTo("it's\n\"m\"");
    }
  }

  @Test
  void should_diagnose_an_unreachable_endpoint_naming_the_url_and_setting() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/v1";
    assertThat(run("llm", "ping", "--endpoint", url, "--model", "m")).isEqualTo(Cli.FAILURE);
    assertThat(err.toString()).contains("cannot reach " + url).contains("llm.base_url");
  }

  @Test
  void should_diagnose_a_wrong_model_name() {
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      server.otherwise(FakeReply.modelNotFound("qwen-typo"));
      assertThat(run("llm", "ping", "--endpoint", server.baseUrl(), "--model", "qwen-typo")).isEqualTo(Cli.FAILURE);
      assertThat(err.toString()).contains("qwen-typo").contains("llm.model");
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void should_refuse_an_output_folder_that_is_a_file() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    Path seeds = Files.writeString(dir.resolve("s.jsonl"),
        "{\"id\": \"a\", \"name\": \"a\", \"instruction\": \"Explain what a budget is.\", \"instances\": [{\"input\": \"\", \"output\": \"A plan.\"}], \"is_classification\": false}\n");
    int code = run("self-instruct", "--endpoint", "http://127.0.0.1:1/v1", "--model", "m",
        "--seeds", seeds.toString(), "--output", file.toString());
    assertThat(code).isEqualTo(Cli.FAILURE);
    assertThat(err.toString()).contains("output folder " + file.toAbsolutePath()).contains("not writable");
  }
}
