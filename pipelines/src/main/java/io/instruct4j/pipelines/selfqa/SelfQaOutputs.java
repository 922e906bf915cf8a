package io.instruct4j.pipelines.selfqa;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.StageFiles;
import io.instruct4j.pipelines.common.Tally;
import io.instruct4j.selfqa.chunk.Chunk;
import io.instruct4j.selfqa.ingest.DocumentRef;
import io.instruct4j.selfqa.pipeline.DocumentInfo;
import io.instruct4j.selfqa.pipeline.QuestionRow;
import io.instruct4j.selfqa.pipeline.Stages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sorts the pipeline's work files into the run's outputs (Beam writes lines in no fixed order;
 * sorted files make runs comparable line by line), writes them with {@code summary.json} last,
 * and removes the work folder. {@code summary.json} is deleted when a run starts, so while it
 * exists the outputs beside it are one finished run's complete set.
 */
final class SelfQaOutputs {

  static final String DOCUMENTS = "documents.jsonl";
  static final String CHUNKS = "chunks.jsonl";
  static final String QUESTIONS = "questions.jsonl";

  private static final Comparator<Example> EXAMPLE_ORDER = Comparator
      .comparing((Example e) -> e.provenance().sourcePath())
      .thenComparing(e -> e.provenance().chunkStart())
      .thenComparing(e -> e.provenance().sourceChunk())
      .thenComparing(Example::instruction)
      .thenComparing(Example::id);

  private SelfQaOutputs() {}

  static SelfQaSummary write(StageFiles files, List<DocumentRef> inputs, Map<String, Map<String, Long>> llm,
      long startedNanos, RootConfig config) {
    List<DocumentInfo> documents = files.readWork(DOCUMENTS, DocumentInfo.class);
    documents.sort(Comparator.comparing(DocumentInfo::path));
    List<Chunk> chunks = files.readWork(CHUNKS, Chunk.class);
    chunks.sort(Comparator.comparing(Chunk::documentPath).thenComparingInt(Chunk::index));
    List<QuestionRow> questions = files.readWork(QUESTIONS, QuestionRow.class);
    questions.sort(Comparator.comparing(QuestionRow::id));
    List<Example> examples = files.readWork(StageFiles.EXAMPLES, Example.class);
    examples.sort(EXAMPLE_ORDER);
    List<Reject> rejects = StageFiles.sortedByJson(files.readWork(StageFiles.REJECTS, Reject.class));
    List<DeadLetter> deadLetters = StageFiles.sortedByJson(files.readWork(StageFiles.DEAD_LETTERS, DeadLetter.class));

    files.write(DOCUMENTS, documents);
    files.write(CHUNKS, chunks);
    files.write(QUESTIONS, questions);
    files.writeResults(StageFiles.EXAMPLES, examples, rejects, deadLetters);

    SelfQaSummary summary = summarize(inputs.size(), documents, chunks.size(), questions.size(), examples.size(),
        rejects, deadLetters, llm, (System.nanoTime() - startedNanos) / 1e9, config);
    files.writeSummary(summary);
    StageFiles.deleteTree(files.work());
    return summary;
  }

  static SelfQaSummary summarize(long inputs, List<DocumentInfo> documents, long chunkCount, long questionCount,
      long exampleCount, List<Reject> rejects, List<DeadLetter> deadLetters, Map<String, Map<String, Long>> llm,
      double seconds, RootConfig config) {
    Tally tally = Tally.of(rejects, deadLetters);
    List<SelfQaSummary.DocumentError> errors = new ArrayList<>();
    for (DeadLetter d : deadLetters) {
      if (Stages.INGEST.equals(d.stage())) {
        errors.add(new SelfQaSummary.DocumentError(pathOf(d), d.errorType(), d.error()));
      }
    }
    Map<String, Long> languages = new TreeMap<>();
    documents.forEach(d -> languages.merge(d.language(), 1L, Long::sum));

    SelfQaSummary.Documents docs = new SelfQaSummary.Documents(inputs, documents.size(),
        tally.deadLetters(Stages.INGEST), errors, languages);
    long skipped = tally.rejectCount(Stages.CHUNK);
    SelfQaSummary.Chunks chunks = new SelfQaSummary.Chunks(chunkCount + skipped, chunkCount, tally.rejects(Stages.CHUNK));
    long questionDead = tally.deadLetterCount(Stages.QUESTIONS);
    SelfQaSummary.Questions questions = new SelfQaSummary.Questions(chunkCount, chunkCount - questionDead,
        tally.deadLetters(Stages.QUESTIONS), questionCount + tally.rejectCount(Stages.QUESTIONS),
        tally.rejects(Stages.QUESTIONS), questionCount);
    long answerDead = tally.deadLetterCount(Stages.ANSWERS);
    SelfQaSummary.Answers answers = new SelfQaSummary.Answers(questionCount, questionCount - answerDead,
        tally.deadLetters(Stages.ANSWERS), tally.rejects(Stages.ANSWERS), exampleCount);

    long madePerDocument = documents.stream().mapToLong(d -> d.chunks() + d.skippedChunks()).sum();
    boolean addUp = inputs == documents.size() + tally.deadLetterCount(Stages.INGEST)
        && madePerDocument == chunks.made()
        && answers.replies() == exampleCount + tally.rejectCount(Stages.ANSWERS)
        && callsMade(llm, Stages.QUESTIONS) == chunkCount
        && callsMade(llm, Stages.ANSWERS) == questionCount;
    return new SelfQaSummary("self-qa", config.selfQa().documentLanguage(), config.llm().modelName(),
        config.runner().name(), docs, chunks, questions, answers, addUp, llm, Math.round(seconds * 10) / 10.0);
  }

  /** The document path of an ingest dead letter, whose input is the document reference as JSON. */
  private static String pathOf(DeadLetter d) {
    try {
      return Json.MAPPER.readValue(d.input(), DocumentRef.class).path();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("ingest dead letter input is not a document reference: " + d.input(), e);
    }
  }

  /** Elements a stage's model step handled: each is a fresh call, a cache hit or a failure. */
  private static long callsMade(Map<String, Map<String, Long>> llm, String stage) {
    Map<String, Long> row = llm.getOrDefault(stage, Map.of());
    return row.getOrDefault("calls", 0L) + row.getOrDefault("cache_hits", 0L) + row.getOrDefault("failures", 0L);
  }
}
