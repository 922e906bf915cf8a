package io.instruct4j.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.record.Example;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Opens any supported example file, detecting its format from its content: a first non-space
 * character {@code [} means an Alpaca JSON array; {@code {} means JSONL, read as Self-Instruct
 * seed tasks when the first record has {@code instances}, else as example records. An empty file
 * reads as zero examples. Extensions only catch formats we do not read (CSV, Parquet, ...), which
 * would otherwise fail with a puzzling character-level message.
 */
public final class ExampleSources {

  private static final Set<String> UNSUPPORTED =
      Set.of("csv", "tsv", "parquet", "arrow", "feather", "xlsx", "xls", "zip", "pdf");

  private ExampleSources() {}

  /**
   * Opens {@code file} as examples.
   *
   * @param language the language tag for records that carry none (seeds, Alpaca rows)
   * @param badRecords what to do with records that cannot be read
   */
  public static RecordSource<Example> open(Path file, String language, BadRecords badRecords) {
    return open(file, detect(file), language, badRecords);
  }

  /** Opens {@code file} in the given format. */
  public static RecordSource<Example> open(
      Path file, InputFormat format, String language, BadRecords badRecords) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(badRecords, "badRecords");
    Languages.require(language);
    return switch (format) {
      case EMPTY, EXAMPLES_JSONL ->
          JsonlReader.open(file, ExampleMappers.examplesOrAlpaca(language), badRecords);
      case SEED_TASKS_JSONL -> SeedTasks.examples(SeedTasks.open(file, badRecords), language);
      case ALPACA_JSON_ARRAY -> JsonArrayReader.open(file, ExampleMappers.alpaca(language), badRecords);
    };
  }

  /** The file's format, from its first non-blank line. */
  public static InputFormat detect(Path file) {
    String name = InputFiles.displayName(file);
    String extension = extension(file);
    if (UNSUPPORTED.contains(extension)) {
      throw new InputFileException(name, 0, "." + extension
          + " files are not supported; convert to JSONL (one JSON object per line) or a JSON array");
    }
    try (LineReader lines = InputFiles.lines(file)) {
      String line;
      while ((line = lines.next()) != null) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty()) {
          return detect(name, lines.lineNumber(), trimmed);
        }
      }
      return InputFormat.EMPTY;
    }
  }

  private static InputFormat detect(String name, long lineNumber, String firstLine) {
    char first = firstLine.charAt(0);
    if (first == '[') {
      return InputFormat.ALPACA_JSON_ARRAY;
    }
    if (first != '{') {
      throw new InputFileException(name, lineNumber, "expected '[' (a JSON array of examples) or '{' "
          + "(JSONL, one JSON object per line), but the file starts with '" + first + "'");
    }
    if (firstLine.equals("{")) {
      throw new InputFileException(name, lineNumber, "the file starts with a JSON object spread over "
          + "several lines; expected JSONL (one complete object per line) or a JSON array '[...]'");
    }
    try {
      ObjectNode node = JsonLines.parseObject(firstLine);
      return node.has("instances") ? InputFormat.SEED_TASKS_JSONL : InputFormat.EXAMPLES_JSONL;
    } catch (JsonProcessingException | InvalidRecordException e) {
      // the reader reports the broken line with the bad-record policy; detection need not
      return InputFormat.EXAMPLES_JSONL;
    }
  }

  private static String extension(Path file) {
    Path fileName = file.getFileName();
    String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
