package io.instruct4j.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;

/**
 * Where an example came from: enough to reproduce the call that made it and to trace it back to
 * its source document, chunk or knowledge-graph triples. Every field is optional.
 *
 * @param model the model that produced the text, as the endpoint reported it
 * @param promptTemplateId the named template resource, e.g. {@code self-instruct/bootstrap}
 * @param promptTemplateVersion the template's version, bumped whenever its wording changes
 * @param promptHash hash of the exact messages sent (the cache key's prompt part)
 * @param round the Self-Instruct bootstrap round, 0 for seeds
 * @param sourceDocument the source document's stable id (Self-QA)
 * @param sourcePath the source document's path as given by the user (Self-QA)
 * @param sourceChunk the chunk id within the document (Self-QA)
 * @param chunkStart character offset where the chunk starts in the extracted text
 * @param chunkEnd character offset where the chunk ends (exclusive)
 * @param kgTriples ids of the knowledge-graph triples the example was built from (Self-KG)
 * @param createdAt ISO-8601 instant when the example was made
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Provenance(
    String model,
    String promptTemplateId,
    String promptTemplateVersion,
    String promptHash,
    Integer round,
    String sourceDocument,
    String sourcePath,
    String sourceChunk,
    Integer chunkStart,
    Integer chunkEnd,
    List<String> kgTriples,
    String createdAt)
    implements Serializable {

  public static final Provenance EMPTY =
      new Provenance(null, null, null, null, null, null, null, null, null, null, List.of(), null);

  public Provenance {
    kgTriples = kgTriples == null ? List.of() : List.copyOf(kgTriples);
  }

  public Provenance withModel(String value) {
    return new Provenance(value, promptTemplateId, promptTemplateVersion, promptHash, round,
        sourceDocument, sourcePath, sourceChunk, chunkStart, chunkEnd, kgTriples, createdAt);
  }

  public Provenance withPrompt(String templateId, String templateVersion, String hash) {
    return new Provenance(model, templateId, templateVersion, hash, round,
        sourceDocument, sourcePath, sourceChunk, chunkStart, chunkEnd, kgTriples, createdAt);
  }

  public Provenance withRound(Integer value) {
    return new Provenance(model, promptTemplateId, promptTemplateVersion, promptHash, value,
        sourceDocument, sourcePath, sourceChunk, chunkStart, chunkEnd, kgTriples, createdAt);
  }

  public Provenance withSource(String document, String path, String chunk, Integer start, Integer end) {
    return new Provenance(model, promptTemplateId, promptTemplateVersion, promptHash, round,
        document, path, chunk, start, end, kgTriples, createdAt);
  }

  public Provenance withKgTriples(List<String> value) {
    return new Provenance(model, promptTemplateId, promptTemplateVersion, promptHash, round,
        sourceDocument, sourcePath, sourceChunk, chunkStart, chunkEnd, value, createdAt);
  }

  public Provenance withCreatedAt(String value) {
    return new Provenance(model, promptTemplateId, promptTemplateVersion, promptHash, round,
        sourceDocument, sourcePath, sourceChunk, chunkStart, chunkEnd, kgTriples, value);
  }
}
