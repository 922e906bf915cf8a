package io.instruct4j.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Turns one parsed JSON object into a record. Throws Jackson's exception when binding fails and
 * {@link InvalidRecordException} when a field is missing or invalid; the reader turns either into
 * a bad record with the location added.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface RecordMapper<T> {

  T map(ObjectNode node) throws JsonProcessingException;

  /** Binds the object to {@code type} with the shared strict mapper. */
  static <T> RecordMapper<T> of(Class<T> type) {
    return node -> Json.MAPPER.treeToValue(node, type);
  }

  /** The text of a required string field; missing, null or blank is an invalid record. */
  static String requireText(ObjectNode node, String field) {
    if (!node.has(field) || node.get(field).isNull()) {
      throw new InvalidRecordException("missing field '" + field + "'");
    }
    if (!node.get(field).isTextual()) {
      throw new InvalidRecordException("field '" + field + "' must be a string, got "
          + node.get(field).getNodeType().name().toLowerCase(Locale.ROOT));
    }
    if (node.get(field).asText().isBlank()) {
      throw new InvalidRecordException("field '" + field + "' is blank");
    }
    return node.get(field).asText();
  }
}
