package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.selfqa.SelfQaPipeline;
import io.instruct4j.selfqa.SelfQaConfig;
import io.instruct4j.selfqa.chunk.Chunk;
import io.instruct4j.selfqa.chunk.ChunkSettings;
import io.instruct4j.selfqa.chunk.ChunkedDocument;
import io.instruct4j.selfqa.chunk.Chunker;
import io.instruct4j.selfqa.ingest.DocumentException;
import io.instruct4j.selfqa.ingest.DocumentReader;
import io.instruct4j.selfqa.ingest.DocumentRef;
import io.instruct4j.selfqa.pipeline.QaPrompts;
import io.instruct4j.selfqa.pipeline.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a Self-QA run by doing its first half for real: find, read and chunk every document with
 * the pipeline's own reader and chunker. The question calls are then exact (one per kept chunk,
 * no resampling); the answer calls are at most {@code questions_per_chunk} per chunk (the parser
 * rejects questions beyond that number; filters and de-duplication only remove). A document that
 * cannot be read is a note here and a dead letter in the run, as the pipeline treats it.
 */
final class SelfQaEstimator {

  private SelfQaEstimator() {}

  static StageEstimate estimate(RootConfig config) {
    SelfQaConfig qa = config.selfQa();
    List<DocumentRef> documents = SelfQaPipeline.documents(config);
    DocumentReader reader = new DocumentReader(qa.documentLanguage(), config.language());
    Chunker chunker = new Chunker(ChunkSettings.from(qa));
    QaPrompts prompts = new QaPrompts(qa);
    List<String> notes = new ArrayList<>();
    List<Chunk> chunks = new ArrayList<>();
    long skipped = 0;
    int unreadable = 0;
    for (DocumentRef ref : documents) {
      try {
        ChunkedDocument chunked = chunker.chunk(reader.read(ref));
        chunks.addAll(chunked.chunks());
        skipped += chunked.skipped().size();
      } catch (DocumentException e) {
        unreadable++;
        notes.add("cannot read " + ref.path() + " (" + e.errorType() + "): it will be a dead letter");
      }
    }
    long questionTokens = 0;
    long answerTokens = 0;
    for (Chunk c : chunks) {
      questionTokens += Tokens.estimate(prompts.questionsPrompt(c).text());
      // The answer prompt is the chunk plus one question; a stand-in question of a few words.
      Question sample = new Question(c.id() + "/q0", "What does this passage say?", 0, c, null, null, null, null);
      answerTokens += (long) prompts.count() * Tokens.estimate(prompts.answerPrompt(sample).text());
    }
    long questionCalls = chunks.size();
    long answerCalls = questionCalls * prompts.count();
    notes.add(0, documents.size() + " documents (" + unreadable + " unreadable) -> " + chunks.size()
        + " chunks (" + skipped + " skipped as too short or boilerplate)");
    List<CallEstimate> steps = List.of(
        new CallEstimate("questions", questionCalls, true, questionTokens, questionCalls * qa.maxTokens()),
        new CallEstimate("answers", answerCalls, false, answerTokens, answerCalls * qa.maxTokens()));
    return new StageEstimate(Stage.SELF_QA, chunks.size(), "chunks", steps, notes);
  }
}
