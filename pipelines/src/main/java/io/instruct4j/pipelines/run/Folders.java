package io.instruct4j.pipelines.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Clearing a stage folder before it is redone from scratch. */
final class Folders {

  private Folders() {}

  /** Deletes {@code dir} and everything below it; nothing happens when it does not exist. */
  static void clear(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir + " before redoing its stage: " + e.getMessage(), e);
    }
  }
}
