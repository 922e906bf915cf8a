package io.instruct4j.selfqa.pipeline;

import io.instruct4j.core.io.Json;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.selfqa.ingest.Document;
import io.instruct4j.selfqa.ingest.DocumentException;
import io.instruct4j.selfqa.ingest.DocumentReader;
import io.instruct4j.selfqa.ingest.DocumentRef;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/** Reads one document; an unreadable one becomes a dead letter naming the file and the fix. */
final class ReadDocumentFn extends DoFn<DocumentRef, Document> {

  private final DocumentReader reader;
  private final TupleTag<Document> documents;
  private final TupleTag<DeadLetter> failures;

  ReadDocumentFn(DocumentReader reader, TupleTag<Document> documents, TupleTag<DeadLetter> failures) {
    this.reader = reader;
    this.documents = documents;
    this.failures = failures;
  }

  @ProcessElement
  public void process(@Element DocumentRef ref, MultiOutputReceiver out) {
    try {
      out.get(documents).output(reader.read(ref));
    } catch (DocumentException e) {
      out.get(failures).output(new DeadLetter(Stages.INGEST, Json.toLine(ref), e.errorType(), e.getMessage(), 1));
    }
  }
}
