package io.instruct4j.pipelines.selfkg;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Locale;
import java.util.Map;

/**
 * The run's {@code summary.json}. The counts add up:
 * {@code read.triples = read.facts + read.duplicate_triples};
 * {@code generate.prompts = generate.replies + Σ generate.dead_letters};
 * {@code generate.replies = generate.replies_with_pairs + generate.unparseable_replies};
 * {@code qa.candidates = template.questions + generate.pairs = qa.examples + Σ qa.rejected};
 * and {@code rejects.jsonl} holds {@code Σ read.rejected + read.duplicate_triples
 * + generate.unparseable_replies + Σ generate.dropped_pairs + Σ qa.rejected} lines.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SelfKgSummary(
    String method,
    String language,
    String model,
    String runner,
    String generator,
    int hops,
    Read read,
    Groups groups,
    Template template,
    Generate generate,
    Qa qa,
    Map<String, Map<String, Long>> llm,
    double wallTimeSeconds) {

  /**
   * Reading: {@code records} rows, JSON records or RDF statements were read; {@code skipped_statements}
   * are RDF statements that are not facts (labels, vocabulary, translations of kept literals);
   * {@code rejected} counts read-stage rejects by filter (malformed records, unusable RDF statements).
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Read(int files, long records, long skippedStatements, Map<String, Long> rejected, long triples,
      long duplicateTriples, long facts) {}

  /** Grouping: entities with facts; facts added by the second hop; facts the prompt cap left out. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Groups(long entities, long secondHopFacts, long factsLeftOut) {}

  /** Template generator: one question per (entity, relation). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Template(long questions) {}

  /** LLM generator: one prompt per entity; its reply, or a dead letter. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Generate(long prompts, long replies, Map<String, Long> deadLetters, long repliesWithPairs,
      long unparseableReplies, long pairs, Map<String, Long> droppedPairs) {}

  /** Validation and de-duplication of every candidate pair. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Qa(long candidates, Map<String, Long> rejected, long examples) {}

  /** A few lines for the terminal. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Self-KG (%s, %s, %s, %s, %d hop%s): %.1f s%n", language,
        model == null ? "no model" : model, runner, generator, hops, hops == 1 ? "" : "s", wallTimeSeconds));
    b.append(String.format(Locale.ROOT, "  read      %d files, %d records -> %d facts (%d duplicates); rejected %s%n",
        read.files(), read.records(), read.facts(), read.duplicateTriples(), read.rejected()));
    b.append(String.format(Locale.ROOT, "  entities  %d (+%d second-hop facts, %d facts over the prompt cap)%n",
        groups.entities(), groups.secondHopFacts(), groups.factsLeftOut()));
    b.append(String.format(Locale.ROOT, "  template  %d questions%n", template.questions()));
    b.append(String.format(Locale.ROOT, "  generate  %d prompts -> %d replies, %d pairs; unparseable %d; dropped %s; dead letters %s%n",
        generate.prompts(), generate.replies(), generate.pairs(), generate.unparseableReplies(),
        generate.droppedPairs(), generate.deadLetters()));
    b.append(String.format(Locale.ROOT, "  qa        %d candidates -> %d examples; rejected %s%n",
        qa.candidates(), qa.examples(), qa.rejected()));
    llm.forEach((stage, row) -> b.append(String.format(Locale.ROOT, "  llm %-9s %s%n", stage, row)));
    return b.toString().stripTrailing();
  }
}
