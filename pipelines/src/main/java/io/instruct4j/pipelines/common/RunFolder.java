package io.instruct4j.pipelines.common;

import io.instruct4j.core.io.OutputFileException;
import io.instruct4j.core.llm.LlmConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The output folder of a run: created and checked for writing before any model call is paid for. */
public final class RunFolder {

  private RunFolder() {}

  /** Creates {@code dir} if needed and proves it writable; the error names the folder and the setting. */
  public static Path prepare(String dir) {
    if (dir == null || dir.isBlank()) {
      throw new IllegalArgumentException("no output folder: give --output DIR or set output in the config");
    }
    Path path = Path.of(dir).toAbsolutePath().normalize();
    try {
      Files.createDirectories(path);
      Path probe = Files.createTempFile(path, ".write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new OutputFileException("output folder " + path + " is not writable (check --output / output): "
          + e.getMessage(), e);
    }
    return path;
  }

  /** The LLM config with the response cache inside the run folder unless the user chose a file. */
  public static LlmConfig withDefaultCache(LlmConfig llm, Path runDir) {
    return llm.cacheFile() == null ? llm.withCacheFile(runDir.resolve("llm-cache.sqlite").toString()) : llm;
  }
}
