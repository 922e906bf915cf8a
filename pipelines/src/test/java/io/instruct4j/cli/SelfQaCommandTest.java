package io.instruct4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.selfqa.SelfQaConfig;
import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReply;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SelfQaCommandTest {

  @TempDir Path dir;

  @AfterEach
  void tearDown() {
    LlmGateway.closeShared();
  }

  @Test
  void should_run_on_the_given_inputs_and_print_the_summary() throws IOException {
    Path doc = Files.writeString(dir.resolve("it's notes.md"), "# Pump\n\nThe Aqua P2 pump moves 40 litres per minute at full speed.\n");
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      server.when(r -> r.lastUserMessage().contains("write 2 questions"),
          FakeReply.text("1. How many litres per minute does the Aqua P2 pump move at full speed?"));
      server.when(r -> r.lastUserMessage().contains("\nQuestion: "),
          FakeReply.text("The Aqua P2 pump moves 40 litres per minute at full speed."));
      StringWriter out = new StringWriter();
      CommandLine cli = new CommandLine(new SelfQaCommand());
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(new StringWriter()));

      int code = cli.execute("--input", doc.toString(), "--output", dir.resolve("run").toString(),
          "--endpoint", server.baseUrl(), "--model", "fake-pump", "--questions", "2",
          "--set", "self_qa.min_chunk_chars=10");

      assertThat(code).isZero();
      assertThat(out.toString()).startsWith("Self-QA (auto, fake-pump, DirectRunner): 1 examples");
      assertThat(Files.readString(dir.resolve("run/finetune.jsonl"))).isEqualTo(
          "{\"instruction\":\"How many litres per minute does the Aqua P2 pump move at full speed?\",\"input\":\"\","
              + "\"output\":\"The Aqua P2 pump moves 40 litres per minute at full speed.\"}\n");
    }
  }

  @Test
  void should_load_the_demo_config() {
    RootConfig config = ConfigLoader.load(Path.of("../sample-data/self-qa/demo.yaml"), List.of("self_qa.chunk_size=200"));

    assertThat(config.selfQa()).isEqualTo(SelfQaConfig.defaults().withInputs(List.of("sample-data/self-qa/docs"))
        .withChunking("tokens", 200, 40, 60));
    assertThat(config.output()).isEqualTo("runs/self-qa-demo");
  }

  @Test
  void should_call_a_missing_input_a_usage_error() {
    SelfQaCommand command = new SelfQaCommand();
    new CommandLine(command).parseArgs("--input", dir.resolve("missing").toString(), "--output", dir.toString(),
        "--endpoint", "http://127.0.0.1:9/v1", "--model", "m");

    assertThatThrownBy(command::call).isInstanceOf(UsageException.class)
        .hasMessageStartingWith("self_qa.inputs: " + dir.resolve("missing") + " does not exist");
  }
}
