package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfqa.chunk.Chunk;
import io.instruct4j.selfqa.chunk.ChunkSettings;
import io.instruct4j.selfqa.chunk.Chunker;
import io.instruct4j.selfqa.filter.AnswerFilters;
import io.instruct4j.selfqa.filter.QuestionFilters;
import io.instruct4j.selfqa.ingest.Document;
import io.instruct4j.selfqa.ingest.DocumentReader;
import io.instruct4j.selfqa.ingest.DocumentRef;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Self-QA as one Beam pipeline: read documents → chunks → questions (parsed, filtered, deduplicated
 * across the run) → answers (parsed, filtered) → training examples. Every document ends read or as
 * a dead letter; every chunk asked about or a reject; every question kept or a reject; every kept
 * question an example, a reject or a dead letter.
 */
public final class SelfQaTransform extends PTransform<PBegin, SelfQaResult> {

  private final SelfQaSpec spec;
  private final LlmClientFactory llm;

  public SelfQaTransform(SelfQaSpec spec, LlmClientFactory llm) {
    this.spec = spec;
    this.llm = llm;
  }

  @Override
  public SelfQaResult expand(PBegin begin) {
    // Built here so a missing prompt or a bad setting fails before anything runs.
    QaPrompts prompts = new QaPrompts(spec.config());
    DocumentReader reader = new DocumentReader(spec.config().documentLanguage(), spec.fallbackLanguage());

    TupleTag<Document> documents = new TupleTag<>() {};
    TupleTag<DeadLetter> unreadable = new TupleTag<>() {};
    // Reshuffle spreads the documents over workers; Create alone would read them all in one bundle.
    PCollectionTuple read = begin
        .apply("Documents", Create.of(spec.documents()).withCoder(JsonCoder.of(DocumentRef.class)))
        .apply("Spread", Reshuffle.viaRandomKey())
        .apply("Read", ParDo.of(new ReadDocumentFn(reader, documents, unreadable))
            .withOutputTags(documents, TupleTagList.of(unreadable)));
    PCollection<DeadLetter> ingestFailures = read.get(unreadable).setCoder(JsonCoder.of(DeadLetter.class));

    TupleTag<Chunk> chunks = new TupleTag<>() {};
    TupleTag<DocumentInfo> infos = new TupleTag<>() {};
    TupleTag<Reject> skipped = new TupleTag<>() {};
    PCollectionTuple chunked = read.get(documents).setCoder(JsonCoder.of(Document.class))
        .apply("Chunk", ParDo.of(new ChunkFn(new Chunker(ChunkSettings.from(spec.config())), chunks, infos, skipped))
            .withOutputTags(chunks, TupleTagList.of(infos).and(skipped)));
    PCollection<Chunk> kept = chunked.get(chunks).setCoder(JsonCoder.of(Chunk.class));

    StepResult<Question> asked = kept.apply("GenerateQuestions",
        GenerateQuestions.of(prompts, llm, QuestionFilters.fromConfig(spec.config())));
    StepResult<Question> unique = asked.output().apply("DedupQuestions", new DedupQuestions());
    StepResult<Example> answered = unique.output().apply("GenerateAnswers",
        GenerateAnswers.of(prompts, llm, AnswerFilters.fromConfig(spec.config())));

    PCollection<QuestionRow> rows = unique.output()
        .apply("QuestionRows", MapElements.into(TypeDescriptor.of(QuestionRow.class)).via(QuestionRow::of))
        .setCoder(JsonCoder.of(QuestionRow.class));
    PCollection<Reject> rejects = PCollectionList.of(chunked.get(skipped).setCoder(JsonCoder.of(Reject.class)))
        .and(asked.rejects()).and(unique.rejects()).and(answered.rejects())
        .apply("AllRejects", Flatten.pCollections());
    PCollection<DeadLetter> dead = PCollectionList.of(ingestFailures).and(asked.deadLetters())
        .and(answered.deadLetters()).apply("AllDeadLetters", Flatten.pCollections());
    return new SelfQaResult(chunked.get(infos).setCoder(JsonCoder.of(DocumentInfo.class)), kept, rows,
        answered.output(), rejects, dead);
  }
}
