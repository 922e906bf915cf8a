package io.instruct4j.pipelines.report;

import static io.instruct4j.pipelines.report.ReportInputs.required;

import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.pipelines.run.LlmUsage;
import io.instruct4j.pipelines.run.Stage;
import io.instruct4j.pipelines.selfkg.SelfKgSummary;
import io.instruct4j.selfkg.kg.Triple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Self-KG: read, generation and validation funnels from {@code summary.json}, rejects by reason,
 * model calls, and coverage: facts cited by at least one example ({@code provenance.kg_triples})
 * and the entities those facts are about (their heads, looked up in {@code facts.jsonl}).
 */
final class SelfKgSection {

  static final String TITLE = "Self-KG";
  /** The facts the run read, one triple a line: maps a cited fact id to its entity. */
  static final String FACTS = "facts.jsonl";

  private SelfKgSection() {}

  static StageSection build(Path dir) {
    Path file = dir.resolve(StageFiles.SUMMARY);
    if (!Files.exists(file)) {
      return StageSection.unfinished(Stage.SELF_KG, TITLE, StageFiles.SUMMARY);
    }
    SelfKgSummary s = ReportInputs.readJson(file, SelfKgSummary.class, "a Self-KG summary.json");
    SelfKgSummary.Read read = required(s.read(), file, "read");
    SelfKgSummary.Groups groups = required(s.groups(), file, "groups");
    SelfKgSummary.Template template = required(s.template(), file, "template");
    SelfKgSummary.Generate generate = required(s.generate(), file, "generate");
    SelfKgSummary.Qa qa = required(s.qa(), file, "qa");

    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, TITLE));
    blocks.add(new Block.Text(String.format(Locale.ROOT, "Generator %s, %d hop(s), model %s, language %s, runner %s; "
            + "%.1f s. Read %d file(s), %d records, %d statements skipped as not facts; rejected while reading: %s.",
        s.generator(), s.hops(), s.model() == null ? "none" : s.model(), s.language(), s.runner(), s.wallTimeSeconds(),
        read.files(), read.records(), read.skippedStatements(), Fmt.counts(ReportInputs.orEmpty(read.rejected())))));
    blocks.add(new Block.Heading(3, "Funnel"));
    blocks.addAll(Funnel.of("Facts", "triples read", read.triples())
        .minus("duplicate triples", read.duplicateTriples()).to("facts", read.facts()).blocks());
    if (generate.prompts() > 0) {
      blocks.addAll(Funnel.of("Generation prompts (one per entity)", "prompts", generate.prompts())
          .minus("dead letter", generate.deadLetters()).to("replies", generate.replies()).blocks());
      blocks.addAll(Funnel.of("Generation replies", "replies", generate.replies())
          .minus("unparseable replies", generate.unparseableReplies())
          .to("replies with pairs", generate.repliesWithPairs()).blocks());
    }
    blocks.addAll(Funnel.of("Question-answer pairs", "candidates", qa.candidates())
        .minus("rejected", qa.rejected()).to("examples", qa.examples()).blocks());
    blocks.add(new Block.Text("Candidates: " + template.questions() + " template questions + " + generate.pairs()
        + " generated pairs (pairs dropped while parsing: " + Fmt.counts(ReportInputs.orEmpty(generate.droppedPairs()))
        + "). " + groups.entities() + " entities, " + groups.secondHopFacts() + " second-hop facts, "
        + groups.factsLeftOut() + " facts left out of prompts by the cap."));

    blocks.add(new Block.Heading(3, "Coverage"));
    blocks.add(coverage(dir, read, groups).table());

    blocks.add(new Block.Heading(3, "Rejects"));
    RejectTally rejects = RejectTally.read(dir.resolve(StageFiles.REJECTS));
    blocks.addAll(rejects.blocks(TITLE, "self-kg-rejects.png"));
    blocks.add(new Block.Heading(3, "Model calls"));
    blocks.addAll(LlmTable.blocks(null, s.llm()));

    long dead = ReportInputs.count(dir.resolve(StageFiles.DEAD_LETTERS), DeadLetter.class);
    return new StageSection(Stage.SELF_KG, true, Fmt.count(read.facts(), "fact", "facts"),
        Fmt.count(qa.examples(), "example", "examples"), rejects.total(), dead,
        s.llm() == null ? LlmUsage.NONE : LlmUsage.of(s.llm()), s.wallTimeSeconds(), blocks);
  }

  /**
   * An entity counts as covered when at least one fact about it (as head) is cited by an example.
   * With two hops an example may cite a neighbour's fact, which then covers the neighbour too:
   * the count says which entities the data teaches something about.
   */
  private static Coverage coverage(Path dir, SelfKgSummary.Read read, SelfKgSummary.Groups groups) {
    Set<String> cited = new HashSet<>();
    ReportInputs.forEach(dir.resolve(StageFiles.EXAMPLES), Example.class,
        e -> cited.addAll(e.provenance().kgTriples()));
    Path factsFile = dir.resolve(FACTS);
    Long entities = null;
    String entityNote = FACTS + " is missing, so facts cannot be mapped to entities";
    if (Files.exists(factsFile)) {
      Map<String, String> headById = new HashMap<>();
      ReportInputs.forEach(factsFile, Triple.class, t -> headById.put(t.id(), t.head()));
      Set<String> heads = new HashSet<>();
      for (String id : cited) {
        String head = headById.get(id);
        if (head == null) {
          throw new InputFileException(dir.resolve(StageFiles.EXAMPLES).toString(), 0,
              "cites fact " + id + ", which is not in " + factsFile + "; the files come from different runs");
        }
        heads.add(head);
      }
      entities = (long) heads.size();
      entityNote = "heads of the cited facts (" + FACTS + ")";
    }
    return new Coverage("Knowledge-graph coverage", List.of(
        new Coverage.Row("facts", (long) cited.size(), read.facts(),
            "distinct provenance.kg_triples in examples.jsonl"),
        new Coverage.Row("entities", entities, groups.entities(), entityNote)));
  }
}
