package io.instruct4j.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Streams the elements of a top-level JSON array (Alpaca's {@code [{...}, {...}]}) with Jackson's
 * token parser: only one element is in memory at a time, so a million-element file reads in
 * constant memory. An element that is valid JSON but not a valid record goes to the
 * {@link BadRecords} policy; broken JSON syntax ends the read under either policy, because the
 * parser cannot find the next element after it.
 *
 * @param <T> the record type
 */
public final class JsonArrayReader<T> extends LookaheadSource<T> {

  private final JsonParser parser;
  private final RecordMapper<T> mapper;
  private final BadRecords badRecords;
  private long index = -1;

  private JsonArrayReader(Path path, RecordMapper<T> mapper, BadRecords badRecords) {
    super(InputFiles.displayName(path));
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.badRecords = Objects.requireNonNull(badRecords, "badRecords");
    Reader reader = InputFiles.newReader(path);
    try {
      this.parser = Json.MAPPER.createParser(reader);
    } catch (IOException e) {
      closeQuietly(reader);
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Opens {@code file}, a JSON array whose elements {@code mapper} turns into records. */
  public static <T> JsonArrayReader<T> open(Path file, RecordMapper<T> mapper, BadRecords badRecords) {
    JsonArrayReader<T> reader = new JsonArrayReader<>(file, mapper, badRecords);
    try {
      reader.start();
      return reader;
    } catch (RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private void start() {
    JsonToken first = token();
    if (first == null) {
      finish(); // an empty file holds zero records
    } else if (first != JsonToken.START_ARRAY) {
      throw new InputFileException(file, parser.currentTokenLocation().getLineNr(),
          "expected a JSON array '[...]' of records");
    }
  }

  @Override
  void advance() {
    JsonToken token = token();
    if (token == null) { // Jackson reports an unclosed array itself; this guards other parsers
      throw new InputFileException(file, parser.currentLocation().getLineNr(),
          "unexpected end of input: the array is not closed with ']' — truncated file?");
    }
    if (token == JsonToken.END_ARRAY) {
      finish();
      if (token() != null) {
        throw new InputFileException(file, parser.currentTokenLocation().getLineNr(),
            "unexpected text after the closing ']' of the array");
      }
      return;
    }
    index++;
    long line = parser.currentTokenLocation().getLineNr();
    JsonNode element = readElement();
    String reason;
    try {
      if (!(element instanceof ObjectNode object)) {
        throw new InvalidRecordException("expected a JSON object '{...}', found "
            + element.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      T value = mapper.map(object);
      accept(new Sourced<>(value, file + ":" + line));
      return;
    } catch (JsonProcessingException e) {
      reason = JsonErrors.reason(e);
    } catch (InvalidRecordException e) {
      reason = e.getMessage();
    }
    badRecords.handle(file, line, element.toString(), "element [" + index + "]: " + reason);
    reject();
  }

  private JsonNode readElement() {
    try {
      return Json.STREAM_READER.readTree(parser);
    } catch (JsonProcessingException e) {
      String reason = e instanceof JsonEOFException
          ? "unexpected end of input — truncated file?" : JsonErrors.reason(e);
      throw syntaxError(e, "element [" + index + "]: " + reason);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The next token between elements. */
  private JsonToken token() {
    try {
      return parser.nextToken();
    } catch (JsonEOFException e) {
      throw syntaxError(e, "unexpected end of input: the array is not closed with ']' — truncated file?");
    } catch (JsonProcessingException e) {
      String where = index < 0 ? "" : "after element [" + index + "]: ";
      throw syntaxError(e, where + JsonErrors.reason(e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Broken syntax: the parser cannot find the next element, so the read ends here. */
  private InputFileException syntaxError(JsonProcessingException e, String problem) {
    long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    String suffix = e instanceof JsonEOFException ? "" : "; the array cannot be read past this point";
    return new InputFileException(file, line, problem + suffix, e);
  }

  @Override
  public void close() {
    finish();
    closeQuietly(parser);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // nothing was written; a failed close of an input cannot lose data
    }
  }
}
