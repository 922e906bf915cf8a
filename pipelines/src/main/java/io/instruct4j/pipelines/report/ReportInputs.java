package io.instruct4j.pipelines.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.io.JsonlReader;
import io.instruct4j.core.io.Sourced;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the files a run wrote. Every problem becomes an {@link InputFileException} naming the
 * file (and line where there is one) and saying what was expected, because a report that quietly
 * skipped a broken file would show numbers nobody can trust.
 */
final class ReportInputs {

  private static final String HINT =
      "; the run report reads the files the stages wrote: rerun the stage or restore the file";

  private ReportInputs() {}

  /** Binds the whole file to {@code type}; {@code what} names the expected content for the error. */
  static <T> T readJson(Path file, Class<T> type, String what) {
    try {
      return Json.MAPPER.readValue(Files.readString(file), type);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputFileException(file.toString(), line, "is not " + what + ": " + reason(e) + HINT, e);
    } catch (IOException e) {
      throw new InputFileException(file.toString(), 0, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Calls {@code each} for every record of a JSONL file, in file order, and returns how many there
   * were; a file that does not exist has none. A visitor's {@link IllegalArgumentException} (a
   * value out of range) is reported at the record's {@code file:line}.
   */
  static <T> long forEach(Path file, Class<T> type, Consumer<T> each) {
    if (!Files.exists(file)) {
      return 0;
    }
    long n = 0;
    try (JsonlReader<T> reader = JsonlReader.open(file, type, BadRecords.fail())) {
      while (reader.hasNext()) {
        Sourced<T> next = reader.next();
        try {
          each.accept(next.value());
        } catch (IllegalArgumentException e) {
          throw new InputFileException(next.source(), 0, e.getMessage() + HINT, e);
        }
        n++;
      }
    }
    return n;
  }

  /** How many records a JSONL file holds (each checked against {@code type}); 0 when it does not exist. */
  static <T> long count(Path file, Class<T> type) {
    return forEach(file, type, x -> {});
  }

  /** {@code value}, or an error saying the field is missing from the file. */
  static <T> T required(T value, Path file, String field) {
    if (value == null) {
      throw new InputFileException(file.toString(), 0, "has no '" + field + "'" + HINT);
    }
    return value;
  }

  /** A count map that may be absent from the JSON. */
  static Map<String, Long> orEmpty(Map<String, Long> counts) {
    return counts == null ? Map.of() : counts;
  }

  /** One line for people: the field path when Jackson knows it, the message without Jackson's config hints. */
  private static String reason(JsonProcessingException e) {
    Throwable cause = e instanceof ValueInstantiationException && e.getCause() != null ? e.getCause() : null;
    String message = cause != null ? cause.getMessage() : e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int nl = message.indexOf('\n');
    String line = (nl < 0 ? message : message.substring(0, nl))
        .replaceAll(" \\(set [A-Za-z.]+\\.[A-Z_]+ to [^)]*\\)", "").replace("`", "").strip();
    String path = e instanceof JsonMappingException m ? path(m) : "";
    return path.isEmpty() ? line : "field '" + path + "': " + line;
  }

  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        out.append(out.length() > 0 ? "." : "").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}
