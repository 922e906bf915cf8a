package io.instruct4j.pipelines.common;

import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.io.JsonlReader;
import io.instruct4j.core.io.JsonlWriter;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run folder: the Beam pipeline writes under {@code work/}, the driver sorts that into the
 * outputs beside it and writes {@code summary.json} last, so a summary means a complete set.
 *
 * @param dir the run folder
 */
public record StageFiles(Path dir) {

  public static final String EXAMPLES = "examples.jsonl";
  public static final String FINETUNE = "finetune.jsonl";
  public static final String REJECTS = "rejects.jsonl";
  public static final String DEAD_LETTERS = "dead-letters.jsonl";
  public static final String SUMMARY = "summary.json";

  public Path output(String name) {
    return dir.resolve(name);
  }

  public Path work() {
    return dir.resolve("work");
  }

  public Path work(String name) {
    return work().resolve(name);
  }

  /** A work file as the pipeline wrote it, as a list the caller may sort. */
  public <T> List<T> readWork(String name, Class<T> type) {
    return readBeamFile(work(name), type);
  }

  /** Removes the summary of an earlier run: the outputs are about to be replaced. */
  public void removeSummary() {
    try {
      Files.deleteIfExists(output(SUMMARY));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the old " + output(SUMMARY) + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code records} as the output {@code name}, one JSON object a line. */
  public void write(String name, List<?> records) {
    JsonlWriter.writeAll(output(name), records);
  }

  /** The outputs every generator has: its examples (under {@code examplesName}), their training rows, rejects, dead letters. */
  public void writeResults(String examplesName, List<Example> examples, List<Reject> rejects,
      List<DeadLetter> deadLetters) {
    write(examplesName, examples);
    write(FINETUNE, examples.stream().map(FinetuneRow::of).toList());
    write(REJECTS, rejects);
    write(DEAD_LETTERS, deadLetters);
  }

  /** Writes {@code summary.json} (indented, atomically); call it last. */
  public void writeSummary(Object summary) {
    AtomicFiles.writeString(output(SUMMARY), Pretty.json(summary) + "\n");
  }

  /** Reads an output file; a missing one is an error naming it. */
  public static <T> List<T> read(Path file, Class<T> type) {
    return JsonlReader.open(file, type, BadRecords.fail()).readAll();
  }

  /** Beam writes no file for an empty output on some runners: a missing file is an empty one. */
  public static <T> List<T> readBeamFile(Path file, Class<T> type) {
    if (!Files.exists(file)) {
      return new ArrayList<>();
    }
    return new ArrayList<>(read(file, type));
  }

  /** Beam writes lines in no fixed order; sorting by their JSON makes the merged files reproducible. */
  public static <T> List<T> sortedByJson(List<T> values) {
    List<T> out = new ArrayList<>(values);
    out.sort(Comparator.comparing(Json::toLine));
    return out;
  }

  /** Deletes {@code dir} and everything below it, if it exists: what a killed run left is redone. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the folder " + dir + " (delete it and rerun): " + e.getMessage(), e);
    }
  }
}
