package io.instruct4j.core.llm.embedded;

import io.instruct4j.core.llm.LlmConfig;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What a loaded model is shared by: the file (its real path, so two spellings or a symlink share
 * one load) and the settings llama.cpp fixes at load time.
 *
 * @param path the model file's real path
 * @param contextSize {@code llm.context_size}, 0 for the model's trained context
 * @param threads {@code llm.threads}, 0 for llama.cpp's choice
 * @param gpuLayers {@code llm.gpu_layers}
 */
record ModelSpec(Path path, int contextSize, int threads, int gpuLayers) {

  static ModelSpec of(LlmConfig config) {
    Path file = Path.of(config.modelFile()).toAbsolutePath().normalize();
    try {
      file = file.toRealPath();
    } catch (IOException e) {
      // validated() found the file; if it vanished since, loading says so with the path.
    }
    return new ModelSpec(file, config.contextSize(), config.threads(), config.gpuLayers());
  }

  /** The file name, reported as the model of every reply. */
  String name() {
    return path.getFileName().toString();
  }
}
