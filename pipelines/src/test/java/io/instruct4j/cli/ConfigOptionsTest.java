package io.instruct4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.pipelines.RootConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The model and runner shortcuts of the generating commands, on top of the config file options. */
class ConfigOptionsTest {

  @TempDir Path dir;

  private static RootConfig load(String... args) {
    return CommandLine.populateCommand(new ConfigOptions(), args).load();
  }

  @Test
  void should_keep_a_flink_master_in_brackets_a_string() {
    assertThat(load("--runner", "flink", "--flink-master", "[local]").runner().flinkMaster()).isEqualTo("[local]");
    assertThat(load("--flink-master", "jobmanager:8081").runner().flinkMaster()).isEqualTo("jobmanager:8081");
  }

  @Test
  void should_keep_newlines_and_quotes_of_every_shortcut() {
    RootConfig config = load("--endpoint", "http://host/v1\n", "--model", "it's\n\"m\"", "--output", "runs/a\nb",
        "--runner", "FlinkRunner", "--flink-master", "host:1\n", "--language", "zh");

    assertThat(config.llm().baseUrl()).isEqualTo("http://host/v1\n");
    assertThat(config.llm().modelName()).isEqualTo("it's\n\"m\"");
    assertThat(config.output()).isEqualTo("runs/a\nb");
    assertThat(config.runner().name()).isEqualTo("FlinkRunner");
    assertThat(config.runner().flinkMaster()).isEqualTo("host:1\n");
    assertThat(config.language()).isEqualTo("zh");
  }

  @Test
  void should_apply_the_file_then_set_then_the_shortcuts() throws IOException {
    Path file = Files.writeString(dir.resolve("c.yaml"), "output: from-file\nllm:\n  model: from-file\n  max_in_flight: 3\n");

    RootConfig config = load("-c", file.toString(), "--set", "output=from-set", "--set", "llm.model=from-set",
        "--model", "from-flag");

    assertThat(config.output()).isEqualTo("from-set");
    assertThat(config.llm().modelName()).isEqualTo("from-flag");
    assertThat(config.llm().maxInFlight()).isEqualTo(3);
  }
}
