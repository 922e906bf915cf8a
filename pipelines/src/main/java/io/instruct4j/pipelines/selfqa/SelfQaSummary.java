package io.instruct4j.pipelines.selfqa;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's {@code summary.json}. Each stage's counts add up to its input: documents = read +
 * failed; chunks made = kept + skipped; chunks asked = replies + dead letters, and question
 * candidates = kept + rejected; questions = replies + dead letters, and replies = examples +
 * rejected. {@code counts_add_up} says whether all of that (and the LLM call counts per stage)
 * held for this run.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SelfQaSummary(
    String method,
    String documentLanguage,
    String model,
    String runner,
    Documents documents,
    Chunks chunks,
    Questions questions,
    Answers answers,
    boolean countsAddUp,
    Map<String, Map<String, Long>> llm,
    double wallTimeSeconds) {

  /** Documents: inputs = read + failed (by error type); errors names each failed file. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Documents(long inputs, long read, Map<String, Long> failed, List<DocumentError> errors,
      Map<String, Long> languages) {}

  /** One document that could not be read. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record DocumentError(String path, String errorType, String error) {}

  /** Chunks: made = kept + skipped (by filter). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Chunks(long made, long kept, Map<String, Long> skipped) {}

  /** Questions: chunks = replies + dead letters; candidates = kept + rejected (by filter). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Questions(long chunks, long replies, Map<String, Long> deadLetters, long candidates,
      Map<String, Long> rejected, long kept) {}

  /** Answers: questions = replies + dead letters; replies = examples + rejected (by filter). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Answers(long questions, long replies, Map<String, Long> deadLetters, Map<String, Long> rejected,
      long examples) {}

  /** A few lines for the terminal. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Self-QA (%s, %s, %s): %d examples, %.1f s%s%n", documentLanguage, model,
        runner, answers.examples(), wallTimeSeconds, countsAddUp ? "" : "  (WARNING: counts do not add up)"));
    b.append(String.format(Locale.ROOT, "  documents  %d inputs -> %d read %s; failed %s%n",
        documents.inputs(), documents.read(), documents.languages(), documents.failed()));
    for (DocumentError e : documents.errors()) {
      b.append("    ").append(e.errorType()).append(": ").append(e.error()).append('\n');
    }
    b.append(String.format(Locale.ROOT, "  chunks     %d made -> %d kept; skipped %s%n",
        chunks.made(), chunks.kept(), chunks.skipped()));
    b.append(String.format(Locale.ROOT, "  questions  %d chunks asked, %d candidates -> %d kept; rejected %s; dead letters %s%n",
        questions.chunks(), questions.candidates(), questions.kept(), questions.rejected(), questions.deadLetters()));
    b.append(String.format(Locale.ROOT, "  answers    %d questions -> %d examples; rejected %s; dead letters %s%n",
        answers.questions(), answers.examples(), answers.rejected(), answers.deadLetters()));
    llm.forEach((stage, row) -> b.append(String.format(Locale.ROOT, "  llm %-9s %s%n", stage, row)));
    return b.toString().stripTrailing();
  }
}
