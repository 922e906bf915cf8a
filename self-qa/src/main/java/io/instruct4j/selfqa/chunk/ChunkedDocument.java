package io.instruct4j.selfqa.chunk;

import java.util.List;

/**
 * A document cut into chunks: those to ask about and those skipped, together covering every
 * piece the chunker made, in document order by index.
 */
public record ChunkedDocument(List<Chunk> chunks, List<SkippedChunk> skipped) {

  public ChunkedDocument {
    chunks = List.copyOf(chunks);
    skipped = List.copyOf(skipped);
  }
}
