package io.instruct4j.pipelines.selfqa;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.JsonlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a Self-QA run. The Beam pipeline writes into {@code work/}; the driver then sorts
 * them into the run folder's outputs, each written atomically, and removes {@code work/}.
 * {@code summary.json} is deleted when a run starts and written last, so while it exists the
 * outputs beside it are one finished run's complete set.
 *
 * @param runDir the output folder
 */
record SelfQaFiles(Path runDir) {

  static final String DOCUMENTS = "documents.jsonl";
  static final String CHUNKS = "chunks.jsonl";
  static final String QUESTIONS = "questions.jsonl";
  static final String EXAMPLES = "examples.jsonl";
  static final String FINETUNE = "finetune.jsonl";
  static final String REJECTS = "rejects.jsonl";
  static final String DEAD_LETTERS = "dead-letters.jsonl";
  static final String SUMMARY = "summary.json";

  /** Removes the summary of an earlier run: the outputs are about to be replaced. */
  void startRun() {
    try {
      Files.deleteIfExists(output(SUMMARY));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot remove the old " + output(SUMMARY) + ": " + e.getMessage(), e);
    }
  }

  Path work() {
    return runDir.resolve("work");
  }

  Path work(String name) {
    return work().resolve(name);
  }

  Path output(String name) {
    return runDir.resolve(name);
  }

  /** Beam writes no file for an empty output on some runners: a missing file is an empty one. */
  <T> List<T> readWork(String name, Class<T> type) {
    Path file = work(name);
    if (!Files.exists(file)) {
      return new ArrayList<>();
    }
    return new ArrayList<>(JsonlReader.open(file, type, BadRecords.fail()).readAll());
  }
}
