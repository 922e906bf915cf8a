package io.instruct4j.pipelines.curate;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.JsonlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The files of a curation output folder, and its work folder for the Beam pipeline's files. */
record CurateFiles(Path dir) {

  static final String EXAMPLES = "examples.jsonl";
  static final String FINETUNE = "finetune.jsonl";
  static final String REJECTS = "rejects.jsonl";
  static final String CLUSTERS = "clusters.jsonl";
  static final String REPORT = "curation-report.json";

  Path file(String name) {
    return dir.resolve(name);
  }

  /** Hidden, and deleted after a successful run: it holds nothing a user needs. */
  Path work() {
    return dir.resolve(".curate-work");
  }

  Path workCandidates() {
    return work().resolve("candidates.jsonl");
  }

  Path workKept() {
    return work().resolve("kept.jsonl");
  }

  Path workRejects() {
    return work().resolve("rejects.jsonl");
  }

  Path workClusters() {
    return work().resolve("clusters.jsonl");
  }

  /**
   * The records of a work file. A missing file reads as none: depending on the runner, a sink
   * that received no element may write no file at all.
   */
  static <T> List<T> read(Path file, Class<T> type) {
    if (!Files.exists(file)) {
      return List.of();
    }
    return JsonlReader.open(file, type, BadRecords.fail()).readAll();
  }

  /** Deletes the work folder: before a run (a killed run may have left files) and after it. */
  void clearWork() {
    Path work = work();
    if (!Files.exists(work)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the curation work folder " + work, e);
    }
  }
}
