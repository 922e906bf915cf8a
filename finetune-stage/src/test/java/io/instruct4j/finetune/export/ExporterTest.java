package io.instruct4j.finetune.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.finetune.export.ExportReport.ExportedFile;
import io.instruct4j.finetune.export.ExportReport.SplitCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

  @TempDir Path dir;

  /** 20 self-instruct, 6 seed, 1 self-qa and 3 imported examples, interleaved. */
  private Path mixed() {
    List<Example> examples = new ArrayList<>();
    List<Example> selfInstruct = ExportFixtures.many(Method.SELF_INSTRUCT, 20);
    List<Example> seed = ExportFixtures.many(Method.SEED, 6);
    List<Example> imported = ExportFixtures.many(Method.IMPORTED, 3);
    for (int i = 0; i < 20; i++) {
      examples.add(selfInstruct.get(i));
      if (i < 6) {
        examples.add(seed.get(i));
      }
      if (i < 3) {
        examples.add(imported.get(i));
      }
    }
    examples.add(ExportFixtures.PHOTO);
    return ExportFixtures.write(dir.resolve("examples.jsonl"), examples);
  }

  private ExportReport export(Path input) {
    return Exporter.run(new ExportConfig(null, null, 0.1, null, null), input, dir.resolve("out"), "en");
  }

  @Test
  void should_split_every_method_and_write_counts_that_add_up() {
    ExportReport report = export(mixed());

    Map<String, SplitCounts> byMethod = new LinkedHashMap<>();
    byMethod.put("seed", new SplitCounts(5, 1));            // 0.6 rounds to 1
    byMethod.put("self-instruct", new SplitCounts(18, 2));
    byMethod.put("self-qa", new SplitCounts(1, 0));         // a lone example stays in training
    byMethod.put("imported", new SplitCounts(2, 1));        // 0.3 rounds to 0, raised to 1
    assertThat(report.byMethod()).containsExactlyEntriesOf(byMethod);
    assertThat(report.examples()).isEqualTo(30);
    assertThat(report.train()).isEqualTo(26);
    assertThat(report.validation()).isEqualTo(4);
    assertThat(report.files()).containsExactly(
        new ExportedFile("alpaca", "train", "alpaca_train.json", 26, "instruct4j_alpaca_train"),
        new ExportedFile("alpaca", "validation", "alpaca_validation.json", 4, "instruct4j_alpaca_validation"),
        new ExportedFile("sharegpt", "train", "sharegpt_train.json", 26, "instruct4j_sharegpt_train"),
        new ExportedFile("sharegpt", "validation", "sharegpt_validation.json", 4, "instruct4j_sharegpt_validation"),
        new ExportedFile("openai", "train", "openai_train.jsonl", 26, "instruct4j_openai_train"),
        new ExportedFile("openai", "validation", "openai_validation.jsonl", 4, "instruct4j_openai_validation"));
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void should_put_the_same_examples_in_each_formats_validation_file() throws IOException {
    export(mixed());
    Path out = dir.resolve("out");

    List<String> alpaca = new ArrayList<>();
    Json.MAPPER.readTree(out.resolve("alpaca_validation.json").toFile()).forEach(r -> alpaca.add(r.get("instruction").asText()));
    List<String> shareGpt = new ArrayList<>();
    Json.MAPPER.readTree(out.resolve("sharegpt_validation.json").toFile())
        .forEach(r -> shareGpt.add(r.get("conversations").get(0).get("value").asText()));
    List<String> openAi = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("openai_validation.jsonl"))) {
      openAi.add(Json.MAPPER.readTree(line).get("messages").get(0).get("content").asText());
    }
    assertThat(alpaca).hasSize(4).isEqualTo(shareGpt).isEqualTo(openAi);
    assertThat(alpaca).filteredOn(s -> s.startsWith("self-instruct")).hasSize(2);
    List<String> train = new ArrayList<>();
    Json.MAPPER.readTree(out.resolve("alpaca_train.json").toFile()).forEach(r -> train.add(r.get("instruction").asText()));
    assertThat(train).hasSize(26).doesNotContainAnyElementsOf(alpaca);
  }

  @Test
  void should_give_the_same_files_for_the_same_seed() throws IOException {
    Path input = mixed();
    Exporter.run(new ExportConfig(null, null, 0.1, 9L, null), input, dir.resolve("a"), "en");
    Exporter.run(new ExportConfig(null, null, 0.1, 9L, null), input, dir.resolve("b"), "en");
    Exporter.run(new ExportConfig(null, null, 0.1, 10L, null), input, dir.resolve("c"), "en");

    for (String file : List.of("alpaca_train.json", "sharegpt_validation.json", "openai_train.jsonl")) {
      assertThat(Files.readString(dir.resolve("b").resolve(file))).isEqualTo(Files.readString(dir.resolve("a").resolve(file)));
    }
    assertThat(Files.readString(dir.resolve("c/alpaca_validation.json")))
        .isNotEqualTo(Files.readString(dir.resolve("a/alpaca_validation.json")));
  }

  @Test
  void should_write_the_report_as_text_and_json() throws IOException {
    Path input = mixed();
    ExportReport report = export(input);
    Path out = dir.resolve("out");

    String expected = """
        Exported 30 examples from %s to %s: 26 train, 4 validation (validation_fraction 0.1, seed 42)
          method              train  validation
          seed                    5           1
          self-instruct          18           2
          self-qa                 1           0
          imported                2           1
        Files:
          alpaca_train.json                  26  instruct4j_alpaca_train
          alpaca_validation.json              4  instruct4j_alpaca_validation
          sharegpt_train.json                26  instruct4j_sharegpt_train
          sharegpt_validation.json            4  instruct4j_sharegpt_validation
          openai_train.jsonl                 26  instruct4j_openai_train
          openai_validation.jsonl             4  instruct4j_openai_validation
          dataset_info.json                      6 LLaMA-Factory datasets (dataset_dir: %s)
        """.formatted(input, out, out);
    assertThat(report.toText()).isEqualTo(expected);
    assertThat(Files.readString(out.resolve("export-report.txt"))).isEqualTo(expected);
    assertThat(Json.MAPPER.readValue(out.resolve("export-report.json").toFile(), ExportReport.class)).isEqualTo(report);
    JsonNode json = Json.MAPPER.readTree(out.resolve("export-report.json").toFile());
    assertThat(json.get("by_method").get("self-instruct").toString()).isEqualTo("{\"train\":18,\"validation\":2}");
    assertThat(json.get("validation_fraction").asDouble()).isEqualTo(0.1);
  }

  @Test
  void should_leave_only_the_finished_files() throws IOException {
    export(mixed());

    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "alpaca_train.json", "alpaca_validation.json", "dataset_info.json", "export-report.json",
          "export-report.txt", "openai_train.jsonl", "openai_validation.jsonl", "sharegpt_train.json",
          "sharegpt_validation.json");
    }
    // streamed files get the permissions of any other file there, not a temp file's private 0600
    Path out = dir.resolve("out");
    assertThat(Files.getPosixFilePermissions(out.resolve("alpaca_train.json")))
        .isEqualTo(Files.getPosixFilePermissions(out.resolve("dataset_info.json")))
        .isEqualTo(Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt"))));
  }

  @Test
  void should_read_an_alpaca_array_as_imported_examples() throws IOException {
    Path input = Files.writeString(dir.resolve("alpaca.json"), """
        [{"instruction": "Say hi.", "input": "", "output": "Hi!"},
         {"instruction": "把这句话翻译成英文。", "input": "早上好", "output": "Good morning."}]
        """);

    ExportReport report = Exporter.run(new ExportConfig(List.of(ExportFormat.OPENAI), null, 0.5, null, null),
        input, dir.resolve("out"), "zh");

    assertThat(report.byMethod()).containsExactly(Map.entry("imported", new SplitCounts(1, 1)));
    String both = Files.readString(dir.resolve("out/openai_train.jsonl")) + Files.readString(dir.resolve("out/openai_validation.jsonl"));
    assertThat(both).contains("{\"role\":\"user\",\"content\":\"把这句话翻译成英文。\\n\\n早上好\"}");
  }

  @Test
  void should_warn_when_nothing_can_be_held_out_and_openai_gets_too_few_examples() {
    ExportReport report = Exporter.run(ExportConfig.defaults(), ExportFixtures.fourExamples(dir.resolve("four.jsonl")),
        dir.resolve("out"), "en");

    assertThat(report.validation()).isZero();
    assertThat(report.files()).extracting(ExportedFile::split).containsOnly("train");
    assertThat(report.warnings()).containsExactly(
        "no validation files: validation_fraction is 0.05 but no method has the 2 examples it takes to hold one out",
        "openai_train.jsonl has 4 examples; OpenAI fine-tuning needs at least 10");
    assertThat(report.toText()).endsWith("Warning: openai_train.jsonl has 4 examples; OpenAI fine-tuning needs at least 10\n");
  }

  @Test
  void should_name_the_line_of_an_example_without_output_and_write_nothing() {
    Path input = ExportFixtures.write(dir.resolve("examples.jsonl"), List.of(ExportFixtures.COLOUR,
        Example.of("Write a haiku.", "", "", Method.SELF_INSTRUCT, "en")));

    assertThatThrownBy(() -> export(input)).isInstanceOf(InputFileException.class)
        .hasMessage(input + ":2: example " + Example.contentId("Write a haiku.", "", "")
            + " has an empty output; a training example needs an answer (generate its instances first, or remove it)");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void should_refuse_an_empty_file() throws IOException {
    Path input = Files.writeString(dir.resolve("empty.jsonl"), "\n");

    assertThatThrownBy(() -> export(input)).isInstanceOf(InputFileException.class)
        .hasMessage(input + ": holds no examples; there is nothing to export");
  }

  @Test
  void should_name_a_missing_input() {
    Path input = dir.resolve("missing.jsonl");

    assertThatThrownBy(() -> export(input)).isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(input + ": no such file");
  }
}
