package io.instruct4j.pipelines.selfqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.io.JsonlReader;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.common.FinetuneRow;
import io.instruct4j.selfqa.SelfQaConfig;
import io.instruct4j.selfqa.chunk.Chunk;
import io.instruct4j.selfqa.ingest.DocumentIds;
import io.instruct4j.selfqa.pipeline.DocumentInfo;
import io.instruct4j.selfqa.pipeline.QuestionRow;
import io.instruct4j.testkit.FakeOpenAiServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scripted run over {@link HeliosDocs} (made once, since every test but the resume test only
 * reads its outputs), checked for exact examples, rejects, provenance, bad documents and counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfQaPipelineTest {

  @TempDir static Path dir;
  private FakeOpenAiServer server;
  private Path docs;
  private Path out;
  private SelfQaSummary summary;

  @BeforeAll
  void runOnce() throws IOException {
    server = FakeOpenAiServer.start();
    HeliosScript.install(server, true, true);
    docs = HeliosDocs.write(dir);
    out = dir.resolve("run");
    summary = run(out);
    LlmGateway.closeShared();
  }

  @AfterAll
  void tearDown() {
    LlmGateway.closeShared();
    server.close();
  }

  static RootConfig config(String baseUrl, Path docs, Path out, String runner) {
    LlmConfig llm = LlmConfig.of(baseUrl, "fake-helios-7b").withBackoff(10, 2_000).withRetries(2, 30);
    SelfQaConfig qa = SelfQaConfig.defaults().withInputs(List.of(docs.toString()))
        .withChunking("chars", 400, 0, 40).withQuestionsPerChunk(3);
    return new RootConfig(llm, new RunnerConfig(runner, null, null), out.toString(), "en", "fail", null, qa, null);
  }

  private SelfQaSummary run(Path out) {
    return SelfQaPipeline.run(config(server.baseUrl(), docs, out, "DirectRunner"), new PrintWriter(new StringWriter()));
  }

  static <T> List<T> read(Path file, Class<T> type) {
    return JsonlReader.open(file, type, BadRecords.fail()).readAll();
  }

  @Test
  void should_turn_the_documents_into_exactly_the_grounded_examples() {
    // Sorted by document path, chunk, then question text.
    assertThat(read(out.resolve("examples.jsonl"), Example.class))
        .extracting(Example::instruction, Example::output, Example::language)
        .containsExactly(
            tuple("How much power can the Helios H10 deliver continuously?", "The Helios H10 delivers 5 kW continuously.", "en"),
            tuple("How much usable energy does the Helios H10 store?", "The Helios H10 stores 10 kWh of usable energy.", "en"),
            tuple("How long must the START button on the Helios H10 be pressed to switch it on?",
                "Press and hold the START button for three seconds.", "en"),
            tuple("家用储能系统的额定容量上限是多少？", "家用储能系统的额定容量不得超过二十千瓦时。", "zh"),
            tuple("How long is the Helios H10 warranty?", "The Helios H10 warranty lasts ten years.", "en"),
            tuple("What capacity does the Helios H10 keep after ten years?",
                "It keeps at least 70 percent of its capacity after ten years.", "en"));
    assertThat(read(out.resolve("finetune.jsonl"), FinetuneRow.class)).hasSize(6)
        .allSatisfy(row -> assertThat(row.input()).isEmpty());
  }

  @Test
  void should_record_every_reject_with_its_stage_filter_and_reason() {
    List<Reject> rejects = read(out.resolve("rejects.jsonl"), Reject.class);
    assertThat(rejects).filteredOn(r -> r.stage().equals("chunk")).extracting(Reject::filter, Reject::text)
        .containsExactlyInAnyOrder(
            tuple("too_short", "# Helios H10 Home Battery Manual"),
            tuple("boilerplate", "Home | Products | Support"),
            tuple("boilerplate", "© 2025 Helios Energy. All rights reserved."));
    assertThat(rejects).filteredOn(r -> r.stage().equals("questions")).extracting(Reject::filter, Reject::text)
        .containsExactlyInAnyOrder(
            tuple("refers_to_text", "What does the passage say about peak power?"),
            tuple("over_limit", "What is the Helios H10?"),
            tuple("too_short", "Why?"),
            tuple("refers_to_text", "根据上文，安装储能系统前应当向谁报告？"),
            tuple("duplicate", "How much usable energy does the Helios H10 store?"),
            tuple("truncated", "Who pays for the"),
            tuple("no_questions", "I'm sorry, I cannot write questions about a table."));
    assertThat(rejects).filteredOn(r -> r.stage().equals("answers"))
        .extracting(Reject::filter, r -> r.example().instruction())
        .containsExactlyInAnyOrder(
            tuple("refers_to_text", "How should the Helios H10 be mounted?"),
            tuple("unsupported", "How much clear space does the Helios H10 need above it?"),
            tuple("not_answerable", "What colour does the Helios H10 status light turn when the battery is ready?"));

    assertThat(rejects).filteredOn(r -> r.filter().equals("duplicate")).singleElement().satisfies(r -> {
      // the manual comes first in input order, so its copy of the question is the one kept
      assertThat(r.duplicateOf()).matches("doc-[0-9a-f]{16}#1/q0");
      assertThat(r.reason()).startsWith("same question as " + r.duplicateOf() + " (" + docs.resolve("helios-manual.md"));
      assertThat(r.source()).contains(docs.resolve("quick-start.html").toString());
    });
    assertThat(rejects).filteredOn(r -> r.filter().equals("unsupported")).singleElement().satisfies(r -> {
      assertThat(r.reason()).matches("answer support 0\\.[0-4][0-9] \\(rouge_l_recall against its chunk\\) "
          + "is below self_qa.min_answer_support 0\\.50");
      assertThat(r.example().scores().other()).containsKey("answer_support");
    });
    assertThat(rejects).filteredOn(r -> r.filter().equals("refers_to_text") && r.stage().equals("answers"))
        .singleElement().extracting(Reject::reason)
        .isEqualTo("answer refers to the source text ('According to the passage'); it must stand on its own without the passage");
    assertThat(rejects).filteredOn(r -> r.stage().equals("chunk") && r.filter().equals("too_short"))
        .singleElement().extracting(Reject::reason)
        .isEqualTo("27 visible characters, below self_qa.min_chunk_chars 40");
    assertThat(rejects).allSatisfy(r -> assertThat(r.source()).contains(docs.toString()));
  }

  @Test
  void should_put_full_provenance_on_every_example() throws IOException {
    byte[] manual = Files.readAllBytes(docs.resolve("helios-manual.md"));
    String manualId = DocumentIds.of("helios-manual.md", DocumentIds.contentHash(manual));
    Map<String, Chunk> chunks = new java.util.HashMap<>();
    read(out.resolve("chunks.jsonl"), Chunk.class).forEach(c -> chunks.put(c.id(), c));
    List<Example> examples = read(out.resolve("examples.jsonl"), Example.class);

    assertThat(examples.get(1).provenance()).satisfies(p -> {
      assertThat(p.sourceDocument()).isEqualTo(manualId);
      assertThat(p.sourcePath()).isEqualTo(docs.resolve("helios-manual.md").toString());
      assertThat(p.sourceChunk()).isEqualTo(manualId + "#1");
      assertThat(p.chunkStart()).isEqualTo(34);
      assertThat(p.chunkEnd()).isEqualTo(161);
    });
    assertThat(new String(manual, StandardCharsets.UTF_8).substring(34, 161))
        .isEqualTo("## Capacity and power\n\nThe Helios H10 stores 10 kWh of usable energy. "
            + "It delivers 5 kW continuously and 7.5 kW for ten seconds.");
    assertThat(examples).allSatisfy(e -> {
      assertThat(e.method()).isEqualTo(Method.SELF_QA);
      assertThat(e.id()).isEqualTo(Example.contentId(e.instruction(), "", e.output()));
      assertThat(e.provenance().model()).isEqualTo("fake-helios-7b");
      assertThat(e.provenance().promptTemplateId()).isEqualTo("self-qa/questions+self-qa/answer");
      assertThat(e.provenance().promptTemplateVersion()).isEqualTo("1+1");
      assertThat(e.provenance().promptHash()).hasSize(64);
      assertThat(e.provenance().createdAt()).isNotBlank();
      assertThat(e.scores().other().get("answer_support")).isBetween(0.5, 1.0);
      Chunk c = chunks.get(e.provenance().sourceChunk());
      assertThat(c.documentId()).isEqualTo(e.provenance().sourceDocument());
      assertThat(c.start()).isEqualTo(e.provenance().chunkStart());
      assertThat(c.end()).isEqualTo(e.provenance().chunkEnd());
      assertThat(c.documentPath()).isEqualTo(e.provenance().sourcePath());
    });
  }

  @Test
  void should_report_each_bad_document_and_go_on_with_the_rest() {
    SelfQaSummary s = summary;

    assertThat(s.documents().inputs()).isEqualTo(9);
    assertThat(s.documents().read()).isEqualTo(5);
    assertThat(s.documents().failed()).containsExactly(Map.entry("binary_file", 1L), Map.entry("broken_pdf", 1L),
        Map.entry("empty_document", 1L), Map.entry("encrypted_pdf", 1L));
    assertThat(s.documents().errors()).extracting(SelfQaSummary.DocumentError::path, SelfQaSummary.DocumentError::errorType)
        .containsExactly(
            tuple(docs.resolve("broken.pdf").toString(), "broken_pdf"),
            tuple(docs.resolve("empty.txt").toString(), "empty_document"),
            tuple(docs.resolve("locked.pdf").toString(), "encrypted_pdf"),
            tuple(docs.resolve("photo.txt").toString(), "binary_file"));
    assertThat(s.documents().errors()).extracting(SelfQaSummary.DocumentError::error).containsExactly(
        docs.resolve("broken.pdf") + ": cannot be read as a PDF (" + s.documents().errors().get(0).error()
            .substring(s.documents().errors().get(0).error().indexOf("(") + 1),
        docs.resolve("empty.txt") + ": is empty (0 bytes)",
        docs.resolve("locked.pdf") + ": the PDF is password-protected; save a copy without the password "
            + "(e.g. qpdf --decrypt) and rerun",
        docs.resolve("photo.txt") + ": holds a NUL byte at byte offset 8, so it is a binary file, not text; "
            + "remove it from the inputs or give it its real extension");
    assertThat(s.documents().languages()).containsExactly(Map.entry("en", 4L), Map.entry("zh", 1L));
    assertThat(read(out.resolve("documents.jsonl"), DocumentInfo.class)).extracting(DocumentInfo::relativeName,
        DocumentInfo::format, DocumentInfo::chunks, DocumentInfo::skippedChunks).containsExactly(
            tuple("helios-manual.md", "md", 2, 1), tuple("quick-start.html", "html", 1, 2),
            tuple("rules-zh.txt", "txt", 1, 0), tuple("specs.csv", "csv", 1, 0), tuple("warranty.pdf", "pdf", 1, 0));
    assertThat(read(out.resolve("dead-letters.jsonl"), DeadLetter.class)).filteredOn(d -> d.stage().equals("ingest"))
        .hasSize(4).allSatisfy(d -> assertThat(Json.MAPPER.readTree(d.input()).get("path").asText()).startsWith(docs.toString()));
  }

  @Test
  void should_write_a_summary_whose_counts_add_up() {
    SelfQaSummary s = summary;

    assertThat(s.countsAddUp()).isTrue();
    assertThat(s.chunks()).isEqualTo(new SelfQaSummary.Chunks(9, 6, Map.of("boilerplate", 2L, "too_short", 1L)));
    assertThat(s.questions()).isEqualTo(new SelfQaSummary.Questions(6, 6, Map.of(), 17,
        Map.of("duplicate", 1L, "no_questions", 1L, "over_limit", 1L, "refers_to_text", 2L, "too_short", 1L,
            "truncated", 1L), 10));
    assertThat(s.answers()).isEqualTo(new SelfQaSummary.Answers(10, 9, Map.of("server_error", 1L),
        Map.of("not_answerable", 1L, "refers_to_text", 1L, "unsupported", 1L), 6));
    assertThat(read(out.resolve("questions.jsonl"), QuestionRow.class)).hasSize(10);
    assertThat(read(out.resolve("dead-letters.jsonl"), DeadLetter.class)).filteredOn(d -> d.stage().equals("answers"))
        .singleElement().satisfies(d -> {
          assertThat(d.errorType()).isEqualTo("server_error");
          assertThat(d.attempts()).isEqualTo(3);
          assertThat(d.input()).contains(HeliosScript.GAS_METER);
        });
    assertThat(s.llm().get("questions")).containsEntry("calls", 6L).containsEntry("retries", 1L);
    assertThat(s.llm().get("answers")).containsEntry("calls", 9L).containsEntry("failures", 1L);
    assertThat(s.toText()).contains("Self-QA (auto, fake-helios-7b, DirectRunner): 6 examples")
        .contains("empty_document: " + docs.resolve("empty.txt") + ": is empty (0 bytes)");
    assertThat(out.resolve("summary.json")).exists();
    assertThat(out.resolve("work")).doesNotExist();
  }

  @Test
  void should_resume_paying_only_for_calls_that_never_finished() {
    server.reset();
    HeliosScript.install(server, false, true);
    Path out = dir.resolve("resumed");
    run(out);
    int first = server.requestCount();
    List<String> ids = read(out.resolve("examples.jsonl"), Example.class).stream().map(Example::id).toList();
    LlmGateway.closeShared();

    // Same script: everything is cached except the failed answer, which fails again (3 attempts).
    SelfQaSummary again = run(out);
    assertThat(server.requestCount() - first).isEqualTo(3);
    assertThat(read(out.resolve("examples.jsonl"), Example.class).stream().map(Example::id).toList()).isEqualTo(ids);
    assertThat(again.llm().get("questions")).containsEntry("cache_hits", 6L).containsEntry("calls", 0L);
    LlmGateway.closeShared();

    // The endpoint recovers: one call, for the one answer that was never paid for.
    server.reset();
    HeliosScript.install(server, false, false);
    SelfQaSummary fixed = run(out);
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(fixed.answers().examples()).isEqualTo(7);
    assertThat(fixed.answers().deadLetters()).isEmpty();
    assertThat(fixed.countsAddUp()).isTrue();
    assertThat(read(out.resolve("examples.jsonl"), Example.class)).extracting(Example::output)
        .contains("储能设备与燃气表的距离不得小于一米。");
  }
}
