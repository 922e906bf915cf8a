package io.instruct4j.core.llm.embedded;

import java.nio.file.Path;
import java.util.Map;

/**
 * What instruct4j needs to know about a GGUF model file before llama.cpp loads it: that it is one
 * (read and checked by {@link GgufReader}), and the scalar metadata that decides token counts.
 *
 * @param path the file
 * @param size its length in bytes
 * @param version the GGUF format version (2 or 3)
 * @param tensorCount how many tensors it declares
 * @param metadata the scalar metadata values by key (strings, longs, doubles, booleans); arrays
 *     such as the vocabulary are checked but not kept
 */
record GgufFile(Path path, long size, int version, long tensorCount, Map<String, Object> metadata) {

  GgufFile {
    metadata = Map.copyOf(metadata);
  }

  /** Reads and checks the file; a file that is not a usable GGUF model fails naming the setting. */
  static GgufFile read(Path path) {
    return new GgufReader(path).read();
  }

  String architecture() {
    return metadata.get("general.architecture") instanceof String s ? s : "unknown";
  }

  /** The context the model was trained with, or 0 when the file does not say. */
  long trainedContext() {
    return metadata.get(architecture() + ".context_length") instanceof Long n ? n : 0;
  }

  /**
   * Whether llama.cpp puts a BOS token before every prompt: the file's own flag, else the
   * tokenizer's default (SentencePiece "llama" vocabularies add one, the others do not).
   */
  boolean addsBos() {
    if (metadata.get("tokenizer.ggml.add_bos_token") instanceof Boolean b) {
      return b;
    }
    return "llama".equals(metadata.get("tokenizer.ggml.model"));
  }

  /** Whether llama.cpp puts an EOS token after every prompt (T5-style vocabularies). */
  boolean addsEos() {
    return metadata.get("tokenizer.ggml.add_eos_token") instanceof Boolean b && b;
  }

  /** The special tokens llama.cpp adds around a prompt, which its text does not show. */
  int addedPromptTokens() {
    return (addsBos() ? 1 : 0) + (addsEos() ? 1 : 0);
  }
}
