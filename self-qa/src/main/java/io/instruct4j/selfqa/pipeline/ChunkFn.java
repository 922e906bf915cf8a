package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.record.Reject;
import io.instruct4j.selfqa.chunk.Chunk;
import io.instruct4j.selfqa.chunk.ChunkedDocument;
import io.instruct4j.selfqa.chunk.Chunker;
import io.instruct4j.selfqa.chunk.SkippedChunk;
import io.instruct4j.selfqa.ingest.Document;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/** Cuts one document into chunks; skipped chunks become rejects, and the document's listing is emitted. */
final class ChunkFn extends DoFn<Document, Chunk> {

  private final Chunker chunker;
  private final TupleTag<Chunk> chunks;
  private final TupleTag<DocumentInfo> documents;
  private final TupleTag<Reject> rejects;

  ChunkFn(Chunker chunker, TupleTag<Chunk> chunks, TupleTag<DocumentInfo> documents, TupleTag<Reject> rejects) {
    this.chunker = chunker;
    this.chunks = chunks;
    this.documents = documents;
    this.rejects = rejects;
  }

  @ProcessElement
  public void process(@Element Document doc, MultiOutputReceiver out) {
    ChunkedDocument result = chunker.chunk(doc);
    result.chunks().forEach(out.get(chunks)::output);
    for (SkippedChunk s : result.skipped()) {
      out.get(rejects).output(Reject.ofText(Stages.CHUNK, s.filter(), s.reason(), s.chunk().text())
          .withSource(s.chunk().id() + " " + s.chunk().source()));
    }
    out.get(documents).output(DocumentInfo.of(doc, result.chunks().size(), result.skipped().size()));
  }
}
