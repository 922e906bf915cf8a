package io.instruct4j.core.llm.embedded;

import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.testkit.gguf.TinyLlama;
import java.nio.file.Path;

/** Tiny random-weight GGUF models and embedded configs for tests: 512-token context, 1 thread. */
final class TinyModels {

  private TinyModels() {}

  /** Writes {@code TinyLlama.seeded(seed)} into the folder. */
  static Path write(Path dir, long seed) {
    return TinyLlama.seeded(seed).write(dir.resolve("tiny-" + seed + ".gguf"));
  }

  /** The embedded backend on the file: 512-token context, 1 thread, no retries, no cache. */
  static LlmConfig config(Path model) {
    return LlmConfig.embedded(model.toString()).withEmbeddedSettings(512, 1, 0).withRetries(0, 30);
  }

  /** A greedy call: temperature 0, at most {@code maxTokens} tokens. */
  static ChatCall greedy(String prompt, int maxTokens) {
    return ChatCall.user("test", prompt, new GenerationParams(0.0, null, maxTokens, null, null));
  }
}
