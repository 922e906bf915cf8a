package io.instruct4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.JsonlReader;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.curate.ClusterLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code instruct4j curate} end to end through {@link Cli#execute}: exit codes, messages and the files written. */
class CurateCommandTest {

  /** Tests run in the pipelines module folder; the samples are at the repo root. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path DEMO = ROOT.resolve("sample-data/curate/demo.yaml");
  private static final List<String> SAMPLES = List.of("sample-data/curate/records.jsonl",
      "sample-data/curate/seeds.jsonl", "sample-data/curate/alpaca.json");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("curate"));
    all.addAll(List.of(args));
    return Cli.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
  }

  /** The demo config's arguments with the samples as absolute --input paths (its own inputs are relative to the repo root). */
  private String[] demo(String... extra) {
    List<String> args = new ArrayList<>(List.of("-c", DEMO.toString(), "-o", dir.resolve("out").toString()));
    SAMPLES.forEach(s -> args.addAll(List.of("--input", ROOT.resolve(s).toString())));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  private static <T> List<T> read(Path file, Class<T> type) {
    return JsonlReader.open(file, type, BadRecords.fail()).readAll();
  }

  @Test
  void should_curate_the_sample_data_with_the_demo_config() {
    int code = run(demo());

    assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
    assertThat(out.toString()).startsWith("Curate (en, DirectRunner): 27 examples from 3 files -> 13 kept, 14 rejected;")
        .contains("quality                27 ->     19  rejected 8 {empty_output=2, instruction_length=2, "
            + "output_equals_input=2, output_equals_instruction=1, truncated_output=1}")
        .contains("exact_duplicate        19 ->     15  rejected 4 in 4 clusters")
        .contains("near_duplicate         15 ->     13  rejected 2 in 2 clusters")
        .contains("off   semantic_duplicate");
    assertThat(err.toString()).contains("curating on DirectRunner: quality -> exact_duplicate -> near_duplicate");
    Path folder = dir.resolve("out");
    List<Example> kept = read(folder.resolve("examples.jsonl"), Example.class);
    assertThat(kept).hasSize(13);
    assertThat(kept).extracting(Example::language).containsOnly("en", "zh");
    assertThat(read(folder.resolve("finetune.jsonl"), FinetuneLine.class)).hasSize(13);
    List<Reject> rejects = read(folder.resolve("rejects.jsonl"), Reject.class);
    assertThat(rejects).hasSize(14);
    assertThat(rejects.stream().filter(r -> r.duplicateOf() != null).map(Reject::duplicateOf))
        .allMatch(id -> kept.stream().anyMatch(e -> e.id().equals(id)));
    assertThat(read(folder.resolve("clusters.jsonl"), ClusterLine.class)).extracting(ClusterLine::clusterId)
        .containsExactly("exact_duplicate-1", "exact_duplicate-2", "exact_duplicate-3", "exact_duplicate-4",
            "near_duplicate-1", "near_duplicate-2");
    assertThat(folder.resolve("curation-report.json")).isRegularFile();
  }

  /** A finetune.jsonl row, read strictly: any other field would fail. */
  record FinetuneLine(String instruction, String input, String output) {}

  @Test
  void should_let_set_loosen_the_near_duplicate_threshold() {
    int code = run(demo("--set", "curate.near_duplicate.threshold=0.7"));

    assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
    assertThat(out.toString()).contains("near_duplicate         15 ->     12  rejected 3 in 3 clusters");
    assertThat(read(dir.resolve("out/rejects.jsonl"), Reject.class)).filteredOn(r -> r.filter().equals("near_duplicate"))
        .extracting(r -> r.example().instruction())
        .contains("Explain how a debit card differs from a credit card.");
  }

  @Test
  void should_read_the_inputs_named_in_the_config() throws IOException {
    Path input = Files.writeString(dir.resolve("in.jsonl"), """
        {"instruction": "Name a primary colour.", "input": "", "output": "Red."}
        {"instruction": "NAME A PRIMARY COLOUR", "input": "", "output": "red"}
        """);
    Path config = Files.writeString(dir.resolve("c.yaml"), "curate:\n  inputs: ['" + input + "']\n");

    int code = run("-c", config.toString(), "-o", dir.resolve("out").toString());

    assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
    assertThat(out.toString()).startsWith("Curate (en, DirectRunner): 2 examples from 1 file -> 1 kept, 1 rejected;");
  }

  @Test
  void should_offer_help() {
    assertThat(run("--help")).isEqualTo(Cli.OK);
    assertThat(out.toString()).contains("Usage: instruct4j curate").contains("-i, --input=FILE");
  }

  @Test
  void should_exit_2_naming_a_missing_input_file() {
    int code = run("--input", "no-such-file.jsonl", "-o", dir.toString());

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("input file no-such-file.jsonl does not exist")
        .contains("check --input / curate.inputs");
  }

  @Test
  void should_exit_2_without_any_input() {
    assertThat(run("-o", dir.toString())).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("no input files: give --input FILE (repeatable) or set curate.inputs");
  }

  @Test
  void should_exit_2_without_an_output_folder() {
    assertThat(run("--input", ROOT.resolve(SAMPLES.get(0)).toString())).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("no output folder: give --output DIR or set output in the config");
  }

  @Test
  void should_exit_2_naming_the_setting_of_a_bad_value() {
    int code = run(demo("--set", "curate.near_duplicate.threshold=1.5"));

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("curate.near_duplicate.threshold must be in (0, 1], got 1.5");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void should_exit_2_naming_an_unknown_curate_key() {
    int code = run(demo("--set", "curate.near_duplicate.treshold=0.7"));

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("unknown config key 'curate.near_duplicate.treshold'")
        .contains("threshold");
  }

  @Test
  void should_exit_1_naming_the_line_of_a_malformed_record_under_the_fail_policy() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"),
        "{\"instruction\": \"Name a colour.\", \"output\": \"Red.\"}\n{\"instruction\": \"Name a number.\", \"output\": 1\n");

    int code = run("--input", bad.toString(), "-o", dir.resolve("out").toString());

    assertThat(code).isEqualTo(Cli.FAILURE);
    assertThat(err.toString()).contains(bad + ":2: ");
    assertThat(dir.resolve("out/examples.jsonl")).doesNotExist();
  }
}
