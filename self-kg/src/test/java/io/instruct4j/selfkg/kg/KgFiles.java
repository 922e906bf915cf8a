package io.instruct4j.selfkg.kg;

import io.instruct4j.core.io.BadRecordPolicy;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfkg.SelfKgConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers for reader tests: write a file, read it with a policy, keep the rejects. */
final class KgFiles {

  final List<Reject> rejects = new ArrayList<>();
  private final Path dir;

  KgFiles(Path dir) {
    this.dir = dir;
  }

  Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  KgRead read(BadRecordPolicy policy, SelfKgConfig config, String language, Path... files) {
    KgInputs inputs = new KgInputs(KgReadOptions.of(config, language), BadRows.of(policy, rejects::add), rejects::add);
    return inputs.read(List.of(files));
  }

  KgRead read(Path... files) {
    return read(BadRecordPolicy.FAIL, SelfKgConfig.defaults(), "zh", files);
  }

  static List<String> lines(KgRead read) {
    return read.facts().stream().map(t -> t.line() + " @ " + t.source()).toList();
  }
}
