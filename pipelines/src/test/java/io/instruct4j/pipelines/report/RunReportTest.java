package io.instruct4j.pipelines.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.record.Example;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One complete run folder (every stage, English and Chinese data, a run state), reported once;
 * each test checks one part of the report against numbers worked out by hand from the fixtures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunReportTest {

  @TempDir static Path dir;
  private Path run;
  private ReportFiles files;
  private String md;
  private String html;

  @BeforeAll
  void writeReport() throws IOException {
    run = dir.resolve("demo");
    ReportFixtures.selfInstructEnglish(run);
    ReportFixtures.selfQa(run);
    ReportFixtures.selfKg(run);
    ReportFixtures.curate(run);
    ReportFixtures.export(run);
    ReportFixtures.runState(run);
    files = RunReport.write(run);
    md = Files.readString(files.markdown());
    html = Files.readString(files.html());
  }

  @Test
  void should_write_both_files_into_the_run_folder() {
    assertThat(files.markdown()).isEqualTo(run.toAbsolutePath().resolve("report.md"));
    assertThat(files.html()).isEqualTo(run.toAbsolutePath().resolve("report.html"));
    assertThat(md).startsWith("# instruct4j run report: demo\n");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>instruct4j run report: demo</title>");
  }

  @Test
  void should_take_status_and_wall_time_from_the_run_state_and_the_rest_from_the_stage_files() {
    assertThat(md).contains(
        "| self-instruct | done | 3 seed tasks | 5 examples | 12 | 1 | 15 | 0 | 1 | 6355 | 356 | 12.5 |\n"
            + "| self-qa | done | 4 documents | 6 examples | 6 | 1 | 14 | 1 | 1 | 2779 | 339 | 4.0 |\n"
            + "| self-kg | done | 6 facts | 3 examples | 5 | 1 | 3 | 0 | 0 | 900 | 200 | 12.7 |\n"
            + "| curate | done | 14 examples | 8 examples | 6 | 0 | - | - | - | - | - | 1.2 |\n"
            + "| export | done | 8 examples | 7 train + 1 validation | 0 | 0 | - | - | - | - | - | - |\n"
            + "| train | failed | - | - | 0 | 0 | - | - | - | - | - | 0.4 |\n"
            + "| total |  |  |  | 29 | 3 | 32 | 1 | 2 | 10034 | 895 | 30.8 |\n");
    assertThat(md).contains("| train | failed | 2026-01-01T10:01:00Z | 2026-01-01T10:01:01Z | ffff00001111 | "
        + "train.model_dir is not set |");
    assertThat(md).doesNotContain("Not in this run");
  }

  @Test
  void should_show_each_self_instruct_funnel_step_by_step() {
    assertThat(md).contains("| candidates |  | 14 |\n"
        + "| - rejected: blocklist | 1 | 13 |\n"
        + "| - rejected: leading_character | 1 | 12 |\n"
        + "| - rejected: length | 2 | 10 |\n"
        + "| - rejected: rouge_l | 2 | 8 |\n"
        + "| - rejected: truncated | 1 | 7 |\n"
        + "| - rejected: write_a_program | 1 | 6 |\n"
        + "| = accepted instructions |  | 6 |\n");
    assertThat(md).contains("| instructions |  | 6 |\n| - rejected: unparseable_classification | 1 | 5 |\n"
        + "| = classified |  | 5 |\n");
    // Clean-up rejects count instances, not instructions: they stay out of the instruction funnel.
    assertThat(md).contains("| instructions |  | 5 |\n| - rejected: no_valid_instances | 1 | 4 |\n"
        + "| - dead letter: server_error | 1 | 3 |\n| = instructions with examples |  | 3 |\n");
    assertThat(md).contains("5 examples kept from 3 instructions; 2 of the classified instructions are "
        + "classification tasks; instances dropped during clean-up: instance_cleanup 2.");
    assertThat(md).doesNotContain("Warning:");
  }

  @Test
  void should_show_the_self_qa_and_self_kg_funnels() {
    assertThat(md).contains("| input documents |  | 4 |\n| - failed: empty_document | 1 | 3 |\n| = documents read |  | 3 |\n");
    assertThat(md).contains("| candidate questions |  | 12 |\n| - rejected: duplicate | 1 | 11 |\n"
        + "| - rejected: refers_to_text | 2 | 9 |\n| = questions kept |  | 9 |\n");
    assertThat(md).contains("| answers |  | 8 |\n| - rejected: not_answerable | 1 | 7 |\n"
        + "| - rejected: unsupported | 1 | 6 |\n| = examples |  | 6 |\n");
    assertThat(md).contains("| docs/empty.txt | empty_document | docs/empty.txt: is empty (0 bytes) |");
    assertThat(md).contains("| prompts |  | 3 |\n| - dead letter: server_error | 1 | 2 |\n| = replies |  | 2 |\n");
    assertThat(md).contains("| candidates |  | 7 |\n| - rejected: answer_missing_facts | 2 | 5 |\n"
        + "| - rejected: duplicate | 1 | 4 |\n| - rejected: unsupported_entity | 1 | 3 |\n| = examples |  | 3 |\n");
    assertThat(md).contains("Candidates: 4 template questions + 3 generated pairs");
  }

  @Test
  void should_count_rejects_by_step_and_filter_in_file_order() {
    assertThat(md).contains("| chunks | too_short | 1 | 12 characters, fewer than 40 |\n"
        + "| questions | refers_to_text | 2 | mentions 'the text' |\n"
        + "| questions | duplicate | 1 | the same question as before |\n"
        + "| answers | unsupported | 1 | answer not supported by the chunk |\n"
        + "| answers | not_answerable | 1 | the model said it cannot answer |\n"
        + "| total |  | 6 |  |\n");
    assertThat(md).contains("| instances | instance_cleanup | 2 | output repeats the input |");
  }

  @Test
  void should_count_model_calls_per_step_with_a_total() {
    assertThat(md).contains("| answers | 8 | 1 | 0 | 0 | 0 | 1532 | 118 | 0 |\n"
        + "| questions | 6 | 0 | 1 | 0 | 0 | 1247 | 221 | 0 |\n"
        + "| total | 14 | 1 | 1 | 0 | 0 | 2779 | 339 | 0 |\n");
  }

  @Test
  void should_bin_accepted_instructions_by_their_max_rouge_l() {
    assertThat(md).contains("**Max ROUGE-L to the pool (6 instructions)**");
    assertThat(md).contains("| 0.1-0.2 | 0 | 0.0% |\n| 0.2-0.3 | 3 | 50.0% |\n| 0.3-0.4 | 1 | 16.7% |\n"
        + "| 0.4-0.5 | 1 | 16.7% |\n| 0.5-0.6 | 0 | 0.0% |\n| 0.6-0.7 | 1 | 16.7% |\n| 0.7-0.8 | 0 | 0.0% |\n");
  }

  @Test
  void should_rank_the_leading_words_of_accepted_instructions() {
    assertThat(md).contains("| 1 | classify | 2 | 33.3% |\n| 2 | explain | 2 | 33.3% |\n"
        + "| 3 | list | 1 | 16.7% |\n| 4 | rewrite | 1 | 16.7% |\n");
  }

  @Test
  void should_measure_which_documents_chunks_facts_and_entities_produced_examples() {
    assertThat(md).contains("| documents read | 2 | 3 | 66.7% | distinct provenance.source_document in examples.jsonl |");
    assertThat(md).contains("| chunks kept | 4 | 6 | 66.7% | distinct provenance.source_chunk in examples.jsonl |");
    assertThat(md).contains("| facts | 3 | 6 | 50.0% | distinct provenance.kg_triples in examples.jsonl |");
    assertThat(md).contains("| entities | 2 | 3 | 66.7% | heads of the cited facts (facts.jsonl) |");
  }

  @Test
  void should_show_the_curation_funnel_and_the_duplicate_clusters() {
    assertThat(md).contains("| examples read |  | 14 |\n| - quality: min_length | 1 | 13 |\n"
        + "| - quality: repeated_ngrams | 1 | 12 |\n| - exact_duplicate | 1 | 11 |\n| - near_duplicate | 3 | 8 |\n"
        + "| = kept |  | 8 |\n");
    assertThat(md).contains("| exact_duplicate | 1 | 1 |\n| near_duplicate | 2 | 3 |\n| total | 3 |  |\n");
    assertThat(md).contains("Steps switched off: semantic_duplicate.");
  }

  @Test
  void should_show_the_export_split_and_its_warnings() {
    assertThat(md).contains("| self-qa | 3 | 1 | 4 |\n| total | 7 | 1 | 8 |\n");
    assertThat(md).contains("| alpaca_validation.json | alpaca | validation | 1 | instruct4j_alpaca_validation |");
    assertThat(md).contains("- 7 training examples: OpenAI fine-tuning needs at least 10");
  }

  @Test
  void should_escape_markup_that_comes_from_the_data() {
    assertThat(html).doesNotContain(ReportFixtures.SCRIPT);
    assertThat(html).contains("<pre>Instruction: Summarise this HTML snippet.\n"
        + "Input: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\nOutput: It shows an alert box.</pre>");
    assertThat(html).contains("<td>the same as ex-a | &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>");
    // Markdown: inside a code fence the text is inert; in a table cell the tag cannot open and the pipe is escaped.
    assertThat(md).contains("```text\nInstruction: Summarise this HTML snippet.\nInput: " + ReportFixtures.SCRIPT + "\n");
    assertThat(md).contains("| curate | exact_duplicate | 1 | the same as ex-a \\| &lt;script>alert('x')&lt;/script> |");
  }

  @Test
  void should_pick_the_first_examples_of_each_method_by_id() {
    List<String> expected = Stream.of(
            ReportFixtures.qa("How much energy does the Helios H10 store?", "10 kWh.", "en", "doc-a", "doc-a#1"),
            ReportFixtures.qa("储能电池的工作温度范围是多少？", "零下十度到四十五度。", "zh", "doc-b", "doc-b#1"),
            ReportFixtures.qa("How long is the warranty?", "Ten years.", "en", "doc-a", "doc-a#2"),
            ReportFixtures.qa("电池多久需要检查一次？", "每年一次。", "zh", "doc-b", "doc-b#3"))
        .map(Example::id).sorted().limit(3).toList();
    String section = md.substring(md.indexOf("### self-qa"));
    List<String> shown = new ArrayList<>();
    Matcher m = Pattern.compile("(ex-[0-9a-f]{16}) \\(self-qa, (en|zh)\\)").matcher(section);
    while (m.find()) {
      shown.add(m.group(1));
    }
    assertThat(shown).isEqualTo(expected);
    assertThat(md).contains("from curate/examples.jsonl.");
  }

  @Test
  void should_save_valid_png_charts_and_embed_the_same_bytes_in_the_html() throws IOException {
    assertThat(files.charts()).extracting(p -> p.getFileName().toString()).containsExactly(
        "self-instruct-rejects.png", "self-instruct-rouge-l.png", "self-instruct-leading-words.png",
        "self-qa-rejects.png", "self-kg-rejects.png", "curate-rejects.png");
    List<String> embedded = new ArrayList<>();
    Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
    while (m.find()) {
      embedded.add(m.group(1));
    }
    assertThat(embedded).hasSize(files.charts().size());
    for (int i = 0; i < files.charts().size(); i++) {
      Path png = files.charts().get(i);
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(png.toString()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(800);
      assertThat(image.getHeight()).isEqualTo(450);
      assertThat(Base64.getDecoder().decode(embedded.get(i))).isEqualTo(Files.readAllBytes(png));
      assertThat(md).contains("](report-assets/" + png.getFileName() + ")");
    }
    assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
  }

  @Test
  void should_write_the_same_report_again_and_drop_charts_that_no_longer_apply() throws IOException {
    Path copy = dir.resolve("again");
    ReportFixtures.selfInstructEnglish(copy);
    ReportFixtures.selfQa(copy);
    ReportFixtures.selfKg(copy);
    ReportFixtures.curate(copy);
    ReportFixtures.export(copy);
    ReportFixtures.runState(copy);
    Files.createDirectories(copy.resolve("report-assets"));
    Files.writeString(copy.resolve("report-assets/stale-chart.png"), "old");

    ReportFiles again = RunReport.write(copy);

    assertThat(Files.readString(again.markdown())).isEqualTo(md);
    assertThat(Files.readString(again.html(), StandardCharsets.UTF_8)).isEqualTo(html);
    assertThat(copy.resolve("report-assets/stale-chart.png")).doesNotExist();
  }
}
