package io.instruct4j.pipelines.selfkg;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.JsonlReader;
import java.nio.file.Path;
import java.util.List;

/** The files of a Self-KG run folder. */
record KgFiles(Path dir) {

  static final String FACTS = "facts.jsonl";
  static final String EXAMPLES = "examples.jsonl";
  static final String FINETUNE = "finetune.jsonl";
  static final String REJECTS = "rejects.jsonl";
  static final String DEAD_LETTERS = "dead-letters.jsonl";
  static final String SUMMARY = "summary.json";

  Path facts() {
    return dir.resolve(FACTS);
  }

  Path work() {
    return dir.resolve("work");
  }

  Path workExamples() {
    return work().resolve(EXAMPLES);
  }

  Path workRejects() {
    return work().resolve(REJECTS);
  }

  Path workDeadLetters() {
    return work().resolve(DEAD_LETTERS);
  }

  Path file(String name) {
    return dir.resolve(name);
  }

  static <T> List<T> read(Path file, Class<T> type) {
    return JsonlReader.open(file, type, BadRecords.fail()).readAll();
  }
}
