package io.instruct4j.selfqa.chunk;

import io.instruct4j.selfqa.SelfQaConfig;
import java.io.Serializable;

/**
 * How documents are cut.
 *
 * @param unit {@code tokens} (a word or a CJK character each) or {@code chars}
 * @param size the most a chunk may hold, in units
 * @param overlap the most a chunk repeats of its predecessor's tail, in units, whole sentences
 * @param minChars fewest visible (non-whitespace) characters a chunk needs to be asked about
 */
public record ChunkSettings(String unit, int size, int overlap, int minChars) implements Serializable {

  public ChunkSettings {
    if (!unit.equals("tokens") && !unit.equals("chars")) {
      throw new IllegalArgumentException("chunk unit must be tokens or chars, got '" + unit + "'");
    }
    if (size < 1 || overlap < 0 || overlap >= size || minChars < 0) {
      throw new IllegalArgumentException("chunk settings need size >= 1, 0 <= overlap < size and minChars >= 0, got size "
          + size + ", overlap " + overlap + ", minChars " + minChars);
    }
  }

  public static ChunkSettings from(SelfQaConfig config) {
    return new ChunkSettings(config.chunkUnit(), config.chunkSize(), config.chunkOverlap(), config.minChunkChars());
  }
}
