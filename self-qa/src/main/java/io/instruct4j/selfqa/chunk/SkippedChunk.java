package io.instruct4j.selfqa.chunk;

import java.util.Objects;

/**
 * A chunk not worth asking about, with the reason.
 *
 * @param chunk the chunk
 * @param filter {@code too_short} or {@code boilerplate}
 * @param reason what was measured, against which setting
 */
public record SkippedChunk(Chunk chunk, String filter, String reason) {

  public SkippedChunk {
    Objects.requireNonNull(chunk, "chunk");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(reason, "reason");
  }
}
