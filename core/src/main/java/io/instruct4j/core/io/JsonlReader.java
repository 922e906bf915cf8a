package io.instruct4j.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a JSONL file one line at a time (never the whole file), mapping each non-blank line to a
 * record. A line that is not valid JSON or not a valid record goes to the {@link BadRecords}
 * policy with its {@code file:line}.
 *
 * @param <T> the record type
 */
public final class JsonlReader<T> extends LookaheadSource<T> {

  private final LineReader lines;
  private final RecordMapper<T> mapper;
  private final BadRecords badRecords;

  private JsonlReader(LineReader lines, String file, RecordMapper<T> mapper, BadRecords badRecords) {
    super(file);
    this.lines = lines;
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.badRecords = Objects.requireNonNull(badRecords, "badRecords");
  }

  /** Opens {@code file}, mapping each line with {@code mapper}. */
  public static <T> JsonlReader<T> open(Path file, RecordMapper<T> mapper, BadRecords badRecords) {
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(badRecords, "badRecords");
    return new JsonlReader<>(InputFiles.lines(file), InputFiles.displayName(file), mapper, badRecords);
  }

  /** Opens {@code file}, binding each line to {@code type} with the strict shared mapper. */
  public static <T> JsonlReader<T> open(Path file, Class<T> type, BadRecords badRecords) {
    return open(file, RecordMapper.of(type), badRecords);
  }

  @Override
  void advance() {
    String line = lines.next();
    if (line == null) {
      finish();
      return;
    }
    if (line.isBlank()) {
      return;
    }
    long number = lines.lineNumber();
    String reason;
    try {
      ObjectNode node = JsonLines.parseObject(line);
      T value = mapper.map(node);
      if (value == null) {
        throw new IllegalStateException("record mapper returned null for " + file + ":" + number);
      }
      accept(new Sourced<>(value, file + ":" + number));
      return;
    } catch (JsonProcessingException e) {
      reason = JsonErrors.reason(e);
    } catch (InvalidRecordException e) {
      reason = e.getMessage();
    }
    badRecords.handle(file, number, line, reason);
    reject();
  }

  @Override
  public void close() {
    finish();
    lines.close();
  }
}
