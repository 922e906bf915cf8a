package io.instruct4j.pipelines.selfinstruct;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.JsonlReader;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files of one bootstrap round under {@code rounds/round-NNN/}. A round counts as finished
 * only once {@code done.json} exists, which is written last; anything else in the folder is
 * leftover from a killed run and is rewritten.
 */
record RoundFiles(Path dir, int round) {

  /** Acceptance order of a round's instructions: fixed, so the next round's prompts are too. */
  static final Comparator<Example> ORDER = Comparator
      .comparing((Example e) -> e.provenance().round() == null ? 0 : e.provenance().round())
      .thenComparing(Example::id);

  static RoundFiles of(Path runDir, int round) {
    return new RoundFiles(runDir.resolve("rounds").resolve(String.format("round-%03d", round)), round);
  }

  Path instructions() {
    return dir.resolve("instructions.jsonl");
  }

  Path classified() {
    return dir.resolve("classified.jsonl");
  }

  Path examples() {
    return dir.resolve("examples.jsonl");
  }

  Path rejects() {
    return dir.resolve("rejects.jsonl");
  }

  Path deadLetters() {
    return dir.resolve("dead-letters.jsonl");
  }

  Path done() {
    return dir.resolve("done.json");
  }

  boolean finished() {
    return Files.isRegularFile(done());
  }

  List<Example> readInstructions() {
    List<Example> out = read(instructions(), Example.class);
    out.sort(ORDER);
    return out;
  }

  List<Example> readClassified() {
    return read(classified(), Example.class);
  }

  List<Example> readExamples() {
    List<Example> out = read(examples(), Example.class);
    out.sort(Comparator.comparing(Example::instruction).thenComparing(Example::id));
    return out;
  }

  List<Reject> readRejects() {
    return read(rejects(), Reject.class);
  }

  List<DeadLetter> readDeadLetters() {
    return read(deadLetters(), DeadLetter.class);
  }

  /** Beam writes no file for an empty output on some runners: a missing file is an empty one. */
  private static <T> List<T> read(Path file, Class<T> type) {
    if (!Files.exists(file)) {
      return new ArrayList<>();
    }
    return new ArrayList<>(JsonlReader.open(file, type, BadRecords.fail()).readAll());
  }
}
