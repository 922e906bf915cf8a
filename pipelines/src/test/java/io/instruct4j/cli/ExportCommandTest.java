package io.instruct4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.io.Json;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void should_be_listed_with_help() {
    assertThat(run("export", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString()).startsWith("Usage: instruct4j export").contains("--system-prompt");
    out.getBuffer().setLength(0);
    assertThat(run("--help")).isEqualTo(Cli.OK);
    assertThat(out.toString()).contains("  export ");
  }

  private Path examples(Example... examples) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Example e : examples) {
      text.append(Json.toLine(e)).append('\n');
    }
    return Files.writeString(dir.resolve("examples.jsonl"), text);
  }

  private Path twoSeeds() throws IOException {
    return examples(Example.of("Name a colour.", "", "Red.", Method.SEED, "en"),
        Example.of("把句子翻译成英文。", "你好", "Hello.", Method.SEED, "zh"));
  }

  @Test
  void should_write_the_chosen_formats_and_print_the_report() throws IOException {
    Path input = twoSeeds();
    Path target = dir.resolve("export");

    int code = run("export", "--input", input.toString(), "--output", target.toString(), "--format", "alpaca",
        "--format", "openai", "--system-prompt", "Line one.\n第二行 'quoted' # not a comment",
        "--validation-fraction", "0.5", "--seed", "3");

    assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
    assertThat(out.toString()).isEqualTo(Files.readString(target.resolve("export-report.txt")))
        .startsWith("Exported 2 examples from " + input + " to " + target + ": 1 train, 1 validation"
            + " (validation_fraction 0.5, seed 3)\n");
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("alpaca_train.json",
          "alpaca_validation.json", "dataset_info.json", "export-report.json", "export-report.txt",
          "openai_train.jsonl", "openai_validation.jsonl");
    }
    assertThat(Files.readString(target.resolve("alpaca_train.json")) + Files.readString(target.resolve("alpaca_validation.json")))
        .contains("\"system\": \"Line one.\\n第二行 'quoted' # not a comment\"");
  }

  @Test
  void should_write_the_system_prompt_exactly_as_given() throws IOException {
    String prompt = "It's \"line one\".\n第二行\u2028third\u0085fourth";
    Path target = dir.resolve("exact");

    assertThat(run("export", "-i", twoSeeds().toString(), "-o", target.toString(), "--format", "alpaca",
        "--validation-fraction", "0", "--system-prompt", prompt)).as(err.toString()).isEqualTo(Cli.OK);

    var rows = Json.MAPPER.readTree(target.resolve("alpaca_train.json").toFile());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("system").textValue()).isEqualTo(prompt);
    assertThat(rows.get(1).get("system").textValue()).isEqualTo(prompt);
  }

  @Test
  void should_name_an_unknown_key_given_with_set() throws IOException {
    assertThat(run("export", "-i", twoSeeds().toString(), "-o", dir.resolve("x").toString(),
        "--set", "export.formt=[alpaca]")).isEqualTo(Cli.USAGE);

    assertThat(err.toString()).isEqualTo("instruct4j: unknown config key 'export.formt' in the defaults with the"
        + " command-line overrides (allowed here: dataset_name, formats, seed, system_prompt, validation_fraction)"
        + System.lineSeparator());
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void should_take_the_export_section_and_output_from_the_config() throws IOException {
    Path input = twoSeeds();
    Path target = dir.resolve("from-config");
    Path config = Files.writeString(dir.resolve("config.yaml"), """
        output: %s
        export:
          formats: [sharegpt]
          validation_fraction: 0
          dataset_name: demo
        """.formatted(target));

    assertThat(run("export", "-i", input.toString(), "-c", config.toString())).as(err.toString()).isEqualTo(Cli.OK);

    assertThat(Json.MAPPER.readTree(target.resolve("dataset_info.json").toFile()).fieldNames())
        .toIterable().containsExactly("demo_sharegpt_train");
    assertThat(Json.MAPPER.readTree(target.resolve("sharegpt_train.json").toFile())).hasSize(2);
  }

  @Test
  void should_name_an_unknown_key_of_the_export_section() throws IOException {
    Path config = Files.writeString(dir.resolve("bad.yaml"), "export:\n  format: [alpaca]\n");

    assertThat(run("export", "-i", twoSeeds().toString(), "-o", dir.resolve("x").toString(), "-c", config.toString()))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("unknown config key 'export.format' in " + config + ":2")
        .contains("allowed here: dataset_name, formats, seed, system_prompt, validation_fraction");
  }

  @Test
  void should_call_a_bad_flag_value_a_usage_error() throws IOException {
    Path input = twoSeeds();

    assertThat(run("export", "-i", input.toString(), "-o", dir.resolve("x").toString(), "--format", "csv"))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("unknown export format 'csv' (expected alpaca, sharegpt or openai)");
    assertThat(run("export", "-i", input.toString(), "-o", dir.resolve("x").toString(), "--validation-fraction", "1"))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("export.validation_fraction must be in [0, 1), got 1.0");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void should_call_an_example_without_output_a_usage_error_naming_its_line() throws IOException {
    Path input = examples(Example.of("Name a colour.", "", "Red.", Method.SEED, "en"),
        Example.of("Write a poem.", "", "", Method.SELF_INSTRUCT, "en"));

    assertThat(run("export", "-i", input.toString(), "-o", dir.resolve("x").toString())).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).startsWith("instruct4j: " + input + ":2: example ")
        .contains("has an empty output");
  }

  @Test
  void should_ask_for_an_output_folder() throws IOException {
    assertThat(run("export", "-i", twoSeeds().toString())).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).isEqualTo("instruct4j: no output folder: give --output DIR or set output in the config"
        + System.lineSeparator());
  }

  @Test
  void should_name_a_missing_input() {
    Path missing = dir.resolve("missing.jsonl");

    assertThat(run("export", "-i", missing.toString(), "-o", dir.resolve("x").toString())).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).startsWith("instruct4j: " + missing + ": no such file");
    assertThat(List.of(dir.toFile().list())).doesNotContain("x");
  }
}
