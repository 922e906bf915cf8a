package io.instruct4j.pipelines.curate;

import static io.instruct4j.pipelines.curate.CurateData.ECHO;
import static io.instruct4j.pipelines.curate.CurateData.EMPTY;
import static io.instruct4j.pipelines.curate.CurateData.FRENCH;
import static io.instruct4j.pipelines.curate.CurateData.GUIDE_EX;
import static io.instruct4j.pipelines.curate.CurateData.SHORT;
import static io.instruct4j.pipelines.curate.CurateData.SPRING_EX;
import static io.instruct4j.pipelines.curate.CurateData.TEA;
import static io.instruct4j.pipelines.curate.CurateData.config;
import static io.instruct4j.pipelines.curate.CurateData.quiet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.instruct4j.core.io.BadRecordException;
import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.JsonlReader;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.curate.ClusterLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuratePipelineTest {

  private static final String EXACT = "normalized instruction_input_output identical to kept %s (similarity 1.0000, "
      + "exact match required; compared after NFKC, lower-casing and removing punctuation and extra whitespace)";

  @TempDir Path dir;

  static <T> List<T> read(Path file, Class<T> type) {
    return JsonlReader.open(file, type, BadRecords.fail()).readAll();
  }

  @Test
  void should_curate_three_formats_together_keeping_the_first_of_each_duplicate() throws IOException {
    List<Path> inputs = CurateData.write(dir);
    Path out = dir.resolve("out");

    CurationReport report = CuratePipeline.run(config("DirectRunner", "fail"), inputs, out, quiet());

    String records = inputs.get(0).toString();
    String seeds = inputs.get(1).toString();
    String alpaca = inputs.get(2).toString();
    List<Example> kept = read(out.resolve("examples.jsonl"), Example.class);
    assertThat(kept).extracting(Example::instruction).containsExactly(FRENCH.instruction(), TEA.instruction(),
        GUIDE_EX.instruction(), SPRING_EX.instruction(), "Classify the sentiment of the review as positive or negative.",
        "Classify the sentiment of the review as positive or negative.", "Name the capital of Japan.");
    assertThat(kept.subList(0, 4)).containsExactly(FRENCH, TEA, GUIDE_EX, SPRING_EX);
    assertThat(kept.get(6).output()).isEqualTo("Tokyo.");
    assertThat(kept.get(6).language()).isEqualTo("en");

    List<Reject> rejects = read(out.resolve("rejects.jsonl"), Reject.class);
    assertThat(rejects).extracting(Reject::stage).containsOnly("curate");
    assertThat(rejects).extracting(Reject::filter, Reject::source, Reject::duplicateOf, Reject::reason).containsExactly(
        tuple("empty_output", records + ":4", null, "output is empty"),
        tuple("output_equals_input", records + ":5", null,
            "output equals the input after whitespace normalization (6 characters)"),
        tuple("instruction_length", records + ":6", null, "instruction too short: 1 token (minimum 3)"),
        tuple("exact_duplicate", seeds + ":1", FRENCH.id(), EXACT.formatted(FRENCH.id())),
        tuple("exact_duplicate", alpaca + ":2", FRENCH.id(), EXACT.formatted(FRENCH.id())),
        tuple("exact_duplicate", alpaca + ":4", TEA.id(), EXACT.formatted(TEA.id())),
        tuple("near_duplicate", alpaca + ":3", GUIDE_EX.id(), "jaccard 0.8846 >= threshold 0.8000 with kept "
            + GUIDE_EX.id() + " (3-token shingles of instruction_input_output)"),
        tuple("near_duplicate", alpaca + ":5", SPRING_EX.id(), "jaccard 0.9038 >= threshold 0.8000 with kept "
            + SPRING_EX.id() + " (3-token shingles of instruction_input_output)"));
    assertThat(rejects.subList(0, 3)).extracting(Reject::example).containsExactly(EMPTY, ECHO, SHORT);
    assertThat(rejects.get(3).example().instruction()).isEqualTo("  TRANSLATE 'good   morning' into French. ");
    assertThat(rejects.get(4).example().instruction()).isEqualTo("Ｔｒａｎｓｌａｔｅ 'good morning' into French．");

    List<ClusterLine> clusters = read(out.resolve("clusters.jsonl"), ClusterLine.class);
    assertThat(clusters).extracting(ClusterLine::clusterId, ClusterLine::keptId, ClusterLine::memberSources,
        ClusterLine::similarity).containsExactly(
        tuple("exact_duplicate-1", FRENCH.id(), List.of(records + ":1", seeds + ":1", alpaca + ":2"), 1.0),
        tuple("exact_duplicate-2", TEA.id(), List.of(records + ":2", alpaca + ":4"), 1.0),
        tuple("near_duplicate-1", GUIDE_EX.id(), List.of(records + ":3", alpaca + ":3"), 0.8846),
        tuple("near_duplicate-2", SPRING_EX.id(), List.of(records + ":7", alpaca + ":5"), 0.9038));
    assertThat(clusters.get(0).memberIds()).containsExactly(FRENCH.id(), rejects.get(3).example().id(),
        rejects.get(4).example().id());

    assertThat(Files.readAllLines(out.resolve("finetune.jsonl")).get(0))
        .isEqualTo("{\"instruction\":\"Translate 'good morning' into French.\",\"input\":\"\",\"output\":\"Bonjour.\"}");
    assertThat(report.inputs()).containsExactly(
        new InputFileReport(records, "JSONL examples", 7, 7, 0),
        new InputFileReport(seeds, "Self-Instruct seed tasks (JSONL)", 2, 3, 0),
        new InputFileReport(alpaca, "an Alpaca JSON array", 5, 5, 0));
    assertThat(report.steps()).containsExactly(
        new StepReport("quality", 15, 3, 12, List.of(new FilterCount("empty_output", 1),
            new FilterCount("instruction_length", 1), new FilterCount("output_equals_input", 1),
            new FilterCount("output_equals_instruction", 0), new FilterCount("truncated_output", 0)), null),
        new StepReport("exact_duplicate", 12, 3, 9, null, 2L),
        new StepReport("near_duplicate", 9, 2, 7, null, 2L));
    assertThat(report.disabled()).containsExactly("semantic_duplicate");
    assertThat(report.examples()).isEqualTo(15).isEqualTo(report.kept() + report.rejected());
    assertThat(report.kept()).isEqualTo(kept.size());
    assertThat(report.rejected()).isEqualTo(rejects.size());
    assertThat(Files.readString(out.resolve("curation-report.json"))).contains("\"kept\" : 7");
  }

  @Test
  void should_count_a_malformed_line_as_a_read_reject_under_the_reject_policy() throws IOException {
    Path input = Files.writeString(dir.resolve("mixed.jsonl"), """
        {"instruction": "Name a primary colour.", "input": "", "output": "Red."}
        {"instruction": "Name a prime number.", "output": 
        {"instruction": "name a PRIMARY colour", "input": "", "output": "red"}
        """);

    CurationReport report = CuratePipeline.run(config("DirectRunner", "reject"), List.of(input), dir.resolve("out"), quiet());

    assertThat(report.readRejected()).containsExactly(java.util.Map.entry("malformed_record", 1L));
    assertThat(report.inputs()).containsExactly(new InputFileReport(input.toString(), "JSONL examples", 2, 2, 1));
    assertThat(report.examples()).isEqualTo(2);
    assertThat(report.kept()).isEqualTo(1);
    List<Reject> rejects = read(dir.resolve("out/rejects.jsonl"), Reject.class);
    assertThat(rejects).extracting(Reject::stage, Reject::filter, Reject::source).containsExactly(
        tuple("read", "malformed_record", input + ":2"),
        tuple("curate", "exact_duplicate", input + ":3"));
    assertThat(rejects.get(0).text()).isEqualTo("{\"instruction\": \"Name a prime number.\", \"output\":");
  }

  @Test
  void should_stop_at_a_malformed_line_naming_file_and_line_under_the_fail_policy() throws IOException {
    Path good = Files.writeString(dir.resolve("good.jsonl"), "{\"instruction\": \"Name a colour.\", \"output\": \"Red.\"}\n");
    Path bad = Files.writeString(dir.resolve("bad.jsonl"),
        "{\"instruction\": \"Name a colour.\", \"output\": \"Blue.\"}\n{\"instruction\": \"Name a number.\"}\n");
    Path out = dir.resolve("out");

    assertThatThrownBy(() -> CuratePipeline.run(config("DirectRunner", "fail"), List.of(good, bad), out, quiet()))
        .isInstanceOf(BadRecordException.class)
        .hasMessage(bad + ":2: missing field 'output'");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void should_replace_the_outputs_on_a_rerun_and_leave_no_work_files() throws IOException {
    List<Path> inputs = CurateData.write(dir);
    Path out = dir.resolve("out");
    CuratePipeline.run(config("DirectRunner", "fail"), inputs, out, quiet());

    CurationReport second = CuratePipeline.run(config("DirectRunner", "fail", "curate.near_duplicate.enabled=false",
        "curate.exact_duplicate.fields=instruction"), inputs, out, quiet());

    assertThat(second.steps()).extracting(StepReport::step, StepReport::rejected)
        .containsExactly(tuple("quality", 3L), tuple("exact_duplicate", 4L));
    assertThat(second.disabled()).containsExactly("near_duplicate", "semantic_duplicate");
    // on instructions alone, the second sentiment instance is a duplicate of the first
    List<Example> kept = read(out.resolve("examples.jsonl"), Example.class);
    assertThat(kept).hasSize(8);
    // Quality runs first: the empty "Name the capital of Japan." (position 3) is gone before dedup,
    // so the later good copy is kept instead of being dropped as its duplicate.
    assertThat(kept).filteredOn(e -> e.instruction().equals("Name the capital of Japan."))
        .extracting(Example::output).containsExactly("Tokyo.");
    assertThat(read(out.resolve("clusters.jsonl"), ClusterLine.class)).extracting(ClusterLine::filter)
        .containsOnly("exact_duplicate");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("examples.jsonl",
          "finetune.jsonl", "rejects.jsonl", "clusters.jsonl", "curation-report.json");
    }
  }

  @Test
  void should_write_empty_outputs_when_every_example_is_rejected_by_quality() throws IOException {
    Path input = Files.writeString(dir.resolve("empty-answers.jsonl"), """
        {"instruction": "Name a primary colour.", "input": "", "output": ""}
        {"instruction": "Name a prime number.", "input": "", "output": "  "}
        """);
    Path out = dir.resolve("out");

    CurationReport report = CuratePipeline.run(config("DirectRunner", "fail"), List.of(input), out, quiet());

    assertThat(report.steps()).extracting(StepReport::step, StepReport::in, StepReport::out).containsExactly(
        tuple("quality", 2L, 0L), tuple("exact_duplicate", 0L, 0L), tuple("near_duplicate", 0L, 0L));
    assertThat(report.kept()).isZero();
    assertThat(Files.readString(out.resolve("examples.jsonl"))).isEmpty();
    assertThat(Files.readString(out.resolve("clusters.jsonl"))).isEmpty();
    assertThat(read(out.resolve("rejects.jsonl"), Reject.class)).extracting(Reject::reason)
        .containsExactly("output is empty", "output is blank: 2 whitespace or invisible characters");
    assertThat(report.toText()).contains("empty_output=2");
  }

  @Test
  void should_refuse_an_input_given_twice_before_reading_anything() throws IOException {
    List<Path> inputs = CurateData.write(dir);
    List<Path> twice = List.of(inputs.get(0), inputs.get(1), dir.resolve("./records.jsonl"));

    assertThatThrownBy(() -> CuratePipeline.run(config("DirectRunner", "fail"), twice, dir.resolve("out"), quiet()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input file " + dir.resolve("./records.jsonl") + " is given twice");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
