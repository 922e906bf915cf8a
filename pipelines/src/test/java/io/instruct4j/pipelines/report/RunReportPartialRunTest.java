package io.instruct4j.pipelines.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.io.JsonlWriter;
import io.instruct4j.core.record.Example;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs with stages missing, unfinished, inconsistent or broken, and a Chinese Self-Instruct run. */
class RunReportPartialRunTest {

  @TempDir Path dir;

  @Test
  void should_cover_only_the_stages_whose_folders_exist() throws IOException {
    Path run = run("qa-only", ReportFixtures::selfQa);

    ReportFiles files = RunReport.write(run);

    String md = Files.readString(files.markdown());
    assertThat(md).startsWith("# instruct4j run report: qa-only\n");
    assertThat(md).contains("## Self-QA").doesNotContain("## Self-Instruct", "## Self-KG", "## Curation", "## Export",
        "Stage runs");
    assertThat(md).contains("| self-qa | done | 4 documents | 6 examples | 6 | 1 | 14 | 1 | 1 | 2779 | 339 | 4.0 |\n"
        + "| total |  |  |  | 6 | 1 | 14 | 1 | 1 | 2779 | 339 | 4.0 |\n");
    assertThat(md).contains("Not in this run: self-instruct, self-kg, curate, export, train.");
    assertThat(md).contains("from self-qa/examples.jsonl.");
    assertThat(files.charts()).extracting(p -> p.getFileName().toString()).containsExactly("self-qa-rejects.png");
  }

  @Test
  void should_report_a_stage_without_its_summary_as_unfinished() throws IOException {
    Path run = run("killed", ReportFixtures::selfQa);
    Files.delete(run.resolve("self-qa/summary.json"));

    String md = markdownOf(run);

    assertThat(md).contains("| self-qa | unfinished | - | - | 0 | 0 | - | - | - | - | - | - |");
    assertThat(md).contains("self-qa/summary.json is missing: the stage did not finish, so there is nothing to report for it.");
  }

  @Test
  void should_name_the_file_and_line_of_a_malformed_summary() throws IOException {
    Path run = run("broken", ReportFixtures::selfKg);
    Path summary = run.resolve("self-kg/summary.json");
    Files.writeString(summary, "{\n  \"method\" : \"self-kg\",\n  \"read\" : [ }\n");

    assertThatReportRefuses(run)
        .hasMessageStartingWith(summary.toAbsolutePath() + ":3: is not a Self-KG summary.json: ")
        .hasMessageContaining("rerun the stage or restore the file");
    assertThat(run.resolve("report.md")).doesNotExist();
  }

  @Test
  void should_name_the_missing_section_of_a_summary() throws IOException {
    Path run = run("partial-summary", ReportFixtures::selfQa);
    Path summary = run.resolve("self-qa/summary.json");
    editJson(summary, json -> json.remove("answers"));

    assertThatReportRefuses(run).hasMessageStartingWith(summary.toAbsolutePath() + ": has no 'answers'");
  }

  @Test
  void should_name_a_missing_number_of_a_summary() throws IOException {
    Path run = run("no-wall-time", ReportFixtures::selfQa);
    Path summary = run.resolve("self-qa/summary.json");
    editJson(summary, json -> json.remove("wall_time_seconds"));

    assertThatReportRefuses(run)
        .hasMessageStartingWith(summary.toAbsolutePath() + ":")
        .hasMessageContaining("is not a Self-QA summary.json: field 'wall_time_seconds': ")
        .hasMessageNotContaining("DeserializationFeature");
  }

  @Test
  void should_name_the_line_of_a_malformed_example() throws IOException {
    Path run = run("bad-example", ReportFixtures::selfQa);
    Path examples = run.resolve("self-qa/examples.jsonl");
    Files.writeString(examples, Files.readAllLines(examples).get(0) + "\n{\"instruction\": \n");

    assertThatReportRefuses(run).hasMessageStartingWith(examples.toAbsolutePath() + ":2: ");
  }

  @Test
  void should_refuse_a_rouge_score_outside_zero_to_one() throws IOException {
    Path run = run("bad-score", ReportFixtures::selfInstructEnglish);
    Path instructions = run.resolve("self-instruct/instructions.jsonl");
    Example bad = ReportFixtures.instruction("Explain what inflation is.", 1.5);
    JsonlWriter.writeAll(instructions, List.of(bad));

    assertThatReportRefuses(run)
        .hasMessageStartingWith(instructions.toAbsolutePath() + ":1: example " + bad.id()
            + " has scores.max_rouge_l 1.5, outside [0, 1]");
  }

  @Test
  void should_warn_when_a_funnel_does_not_add_up() throws IOException {
    Path run = run("edited", ReportFixtures::selfInstructEnglish);
    Path summary = run.resolve("self-instruct/summary.json");
    replaceIn(summary, "\"accepted\" : 6", "\"accepted\" : 7");

    String md = markdownOf(run);

    assertThat(md).contains("| = accepted instructions |  | 7 |\n\nWarning: Bootstrap candidates does not add up: "
        + "14 candidates minus 8 removed leaves 6, but 7 accepted instructions were recorded. "
        + "The files may come from different runs.");
  }

  @Test
  void should_list_chinese_leading_words_in_the_table_and_chart_them_by_rank() throws IOException {
    Path run = run("zh", ReportFixtures::selfInstructChinese);

    ReportFiles files = RunReport.write(run);

    String md = Files.readString(files.markdown());
    assertThat(md).contains("| 1 | 解释 | 2 | 50.0% |\n| 2 | 为刚 | 1 | 25.0% |\n| 3 | 判断 | 1 | 25.0% |\n");
    assertThat(md).contains("| 0.2-0.3 | 1 | 25.0% |\n| 0.3-0.4 | 0 | 0.0% |\n| 0.4-0.5 | 0 | 0.0% |\n"
        + "| 0.5-0.6 | 2 | 50.0% |\n| 0.6-0.7 | 1 | 25.0% |\n");
    assertThat(md).contains("Model fake-finance-7b, language zh");
    Path chart = run.toAbsolutePath().resolve("report-assets/self-instruct-leading-words.png");
    assertThat(files.charts()).contains(chart);
    BufferedImage image = ImageIO.read(chart.toFile());
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(Files.readString(files.html())).contains("<td>解释</td>");
  }

  @Test
  void should_count_an_entity_only_through_facts_the_examples_cite() throws IOException {
    Path run = run("kg-no-facts", ReportFixtures::selfKg);
    Files.delete(run.resolve("self-kg/facts.jsonl"));

    String md = markdownOf(run);

    assertThat(md).contains("| facts | 3 | 6 | 50.0% |");
    assertThat(md).contains("| entities | - | 3 | - | facts.jsonl is missing, so facts cannot be mapped to entities |");
  }

  @Test
  void should_pass_on_the_reason_an_export_report_contradicts_itself() throws IOException {
    Path run = run("bad-export", ReportFixtures::export);
    Path report = run.resolve("export/export-report.json");
    replaceIn(report, "\"train\" : 7,", "\"train\" : 6,");

    assertThatReportRefuses(run)
        .hasMessageStartingWith(report.toAbsolutePath() + ":")
        .hasMessageContaining("is not an export-report.json: export counts do not add up: 8 examples, 6 train, "
            + "1 validation");
  }

  @Test
  void should_list_what_training_left_in_its_folder() throws IOException {
    Path run = dir.resolve("trained");
    Path train = Files.createDirectories(run.resolve("train/checkpoint-30"));
    Files.write(run.resolve("train/adapter_model.safetensors"), new byte[1234]);
    Files.writeString(run.resolve("train/adapter_config.json"), "{}");

    String md = markdownOf(run);

    assertThat(md).contains("| train | done | - | - | 0 | 0 | - | - | - | - | - | - |");
    assertThat(md).contains("| adapter_config.json | 2 |\n| adapter_model.safetensors | 1234 |\n| "
        + train.getFileName() + "/ | - |\n");
  }

  @Test
  void should_refuse_a_run_folder_that_does_not_exist() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> RunReport.write(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("run folder " + missing + " does not exist or is not a folder");
  }

  @Test
  void should_write_a_report_that_says_so_when_no_stage_ran() throws IOException {
    Path run = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(run.resolve("notes.txt"), "not a stage folder");

    String md = markdownOf(run);

    assertThat(md).contains("Not in this run: self-instruct, self-qa, self-kg, curate, export, train.");
    assertThat(md).contains("No examples file was found.");
  }

  // Helpers: each test builds a run folder from ReportFixtures, breaks one thing on purpose and
  // checks what the report makes of it; these keep that setup to one line so the break stands out.

  /** A run folder named {@code name} under the temp dir, with the stages {@code fixture} writes. */
  private Path run(String name, Consumer<Path> fixture) {
    Path run = dir.resolve(name);
    fixture.accept(run);
    return run;
  }

  private static String markdownOf(Path run) throws IOException {
    return Files.readString(RunReport.write(run).markdown());
  }

  /** Every broken input must be refused as an InputFileException; the caller checks the message. */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertThatReportRefuses(Path run) {
    return assertThatThrownBy(() -> RunReport.write(run)).isInstanceOf(InputFileException.class);
  }

  /** Rewrites a JSON file after {@code edit}, as someone editing it by hand would. */
  private static void editJson(Path file, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode json = (ObjectNode) Json.MAPPER.readTree(Files.readString(file));
    edit.accept(json);
    Files.writeString(file, json.toPrettyString());
  }

  /**
   * Replaces text the fixture must contain. The guard matters: if the fixture's numbers or layout
   * changed, a silent no-op replace would leave the file intact and the test would fail (or pass)
   * for the wrong reason.
   */
  private static void replaceIn(Path file, String target, String replacement) throws IOException {
    String text = Files.readString(file);
    assertThat(text).as("fixture text to replace in %s", file).contains(target);
    Files.writeString(file, text.replace(target, replacement));
  }
}
