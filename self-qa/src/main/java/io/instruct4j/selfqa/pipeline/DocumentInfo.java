package io.instruct4j.selfqa.pipeline;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.selfqa.ingest.Document;
import java.io.Serializable;

/**
 * A document that was read, as listed in {@code documents.jsonl}: everything but its text.
 *
 * @param chunks chunks asked about
 * @param skippedChunks chunks skipped (too short, boilerplate)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DocumentInfo(
    String id, String path, String relativeName, String format, String title, String language,
    String contentHash, int chars, int chunks, int skippedChunks)
    implements Serializable {

  static DocumentInfo of(Document d, int chunks, int skipped) {
    return new DocumentInfo(d.id(), d.path(), d.relativeName(), d.format(), d.title(), d.language(),
        d.contentHash(), d.text().length(), chunks, skipped);
  }
}
