package io.instruct4j.pipelines.report;

import static io.instruct4j.pipelines.report.ReportInputs.required;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.pipelines.run.LlmUsage;
import io.instruct4j.pipelines.run.Stage;
import io.instruct4j.pipelines.selfqa.SelfQaSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Self-QA: document, chunk, question and answer funnels from {@code summary.json}, the documents
 * that could not be read, rejects by reason, model calls, and coverage: documents and chunks that
 * produced at least one example, from the examples' provenance.
 */
final class SelfQaSection {

  static final String TITLE = "Self-QA";

  private SelfQaSection() {}

  static StageSection build(Path dir) {
    Path file = dir.resolve(StageFiles.SUMMARY);
    if (!Files.exists(file)) {
      return StageSection.unfinished(Stage.SELF_QA, TITLE, StageFiles.SUMMARY);
    }
    SelfQaSummary s = ReportInputs.readJson(file, SelfQaSummary.class, "a Self-QA summary.json");
    SelfQaSummary.Documents docs = required(s.documents(), file, "documents");
    SelfQaSummary.Chunks chunks = required(s.chunks(), file, "chunks");
    SelfQaSummary.Questions questions = required(s.questions(), file, "questions");
    SelfQaSummary.Answers answers = required(s.answers(), file, "answers");

    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, TITLE));
    blocks.add(new Block.Text(String.format(Locale.ROOT, "Model %s, document language %s, runner %s; %.1f s.%s",
        s.model(), s.documentLanguage(), s.runner(), s.wallTimeSeconds(),
        s.countsAddUp() ? "" : " Warning: summary.json says its counts do not add up.")));
    blocks.add(new Block.Heading(3, "Funnel"));
    blocks.addAll(Funnel.of("Documents", "input documents", docs.inputs())
        .minus("failed", docs.failed()).to("documents read", docs.read()).blocks());
    blocks.addAll(Funnel.of("Chunks", "chunks made", chunks.made())
        .minus("skipped", chunks.skipped()).to("chunks kept", chunks.kept()).blocks());
    blocks.addAll(Funnel.of("Question prompts", "chunks asked", questions.chunks())
        .minus("dead letter", questions.deadLetters()).to("replies", questions.replies()).blocks());
    blocks.addAll(Funnel.of("Questions", "candidate questions", questions.candidates())
        .minus("rejected", questions.rejected()).to("questions kept", questions.kept()).blocks());
    blocks.addAll(Funnel.of("Answer prompts", "questions asked", answers.questions())
        .minus("dead letter", answers.deadLetters()).to("replies", answers.replies()).blocks());
    blocks.addAll(Funnel.of("Answers", "answers", answers.replies())
        .minus("rejected", answers.rejected()).to("examples", answers.examples()).blocks());
    if (docs.errors() != null && !docs.errors().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      docs.errors().forEach(e -> rows.add(List.of(e.path(), e.errorType(), e.error())));
      blocks.add(new Block.Table("Documents that could not be read", List.of("Path", "Error type", "Error"), rows));
    }

    Set<String> documents = new HashSet<>();
    Set<String> chunkIds = new HashSet<>();
    ReportInputs.forEach(dir.resolve(StageFiles.EXAMPLES), Example.class, e -> {
      if (e.provenance().sourceDocument() != null) {
        documents.add(e.provenance().sourceDocument());
      }
      if (e.provenance().sourceChunk() != null) {
        chunkIds.add(e.provenance().sourceDocument() + "\u0000" + e.provenance().sourceChunk());
      }
    });
    blocks.add(new Block.Heading(3, "Coverage"));
    blocks.add(new Coverage("Source coverage", List.of(
        new Coverage.Row("documents read", (long) documents.size(), docs.read(),
            "distinct provenance.source_document in examples.jsonl"),
        new Coverage.Row("chunks kept", (long) chunkIds.size(), chunks.kept(),
            "distinct provenance.source_chunk in examples.jsonl"))).table());

    blocks.add(new Block.Heading(3, "Rejects"));
    RejectTally rejects = RejectTally.read(dir.resolve(StageFiles.REJECTS));
    blocks.addAll(rejects.blocks(TITLE, "self-qa-rejects.png"));
    blocks.add(new Block.Heading(3, "Model calls"));
    blocks.addAll(LlmTable.blocks(null, s.llm()));

    long dead = ReportInputs.count(dir.resolve(StageFiles.DEAD_LETTERS), DeadLetter.class);
    return new StageSection(Stage.SELF_QA, true, Fmt.count(docs.inputs(), "document", "documents"),
        Fmt.count(answers.examples(), "example", "examples"), rejects.total(), dead,
        s.llm() == null ? LlmUsage.NONE : LlmUsage.of(s.llm()), s.wallTimeSeconds(), blocks);
  }
}
