package io.instruct4j.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Parses one JSONL line into a JSON object, refusing anything else on the line. */
final class JsonLines {

  private JsonLines() {}

  /**
   * The line as a JSON object.
   *
   * @throws JsonProcessingException when the line is not valid JSON
   * @throws InvalidRecordException when it is JSON but not a single object
   */
  static ObjectNode parseObject(String line) throws JsonProcessingException {
    try (JsonParser parser = Json.MAPPER.createParser(line)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new InvalidRecordException("expected a JSON object '{...}', found " + describe(first, parser));
      }
      // trailing text is checked below, with a clearer message than the mapper's own check
      JsonNode node = Json.STREAM_READER.readTree(parser);
      if (parser.nextToken() != null) {
        throw new InvalidRecordException("unexpected text after the JSON object at column "
            + parser.currentTokenLocation().getColumnNr() + "; one record per line");
      }
      return (ObjectNode) node;
    } catch (JsonProcessingException | InvalidRecordException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  static String describe(JsonToken token, JsonParser parser) throws IOException {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "'" + parser.getText() + "'";
    };
  }
}
