package io.instruct4j.pipelines.selfinstruct;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.common.StageFiles;
import java.nio.file.Files;
import java.nio.file.Path;
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
    List<Example> out = StageFiles.readBeamFile(instructions(), Example.class);
    out.sort(ORDER);
    return out;
  }

  List<Example> readClassified() {
    return StageFiles.readBeamFile(classified(), Example.class);
  }

  List<Example> readExamples() {
    List<Example> out = StageFiles.readBeamFile(examples(), Example.class);
    out.sort(Comparator.comparing(Example::instruction).thenComparing(Example::id));
    return out;
  }

  List<Reject> readRejects() {
    return StageFiles.readBeamFile(rejects(), Reject.class);
  }

  List<DeadLetter> readDeadLetters() {
    return StageFiles.readBeamFile(deadLetters(), DeadLetter.class);
  }
}
