package io.instruct4j.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration used for every JSON line we read or write.
 *
 * <p>Field names come from the records' own {@code @JsonNaming} (snake_case), so the mapper
 * itself sets no naming strategy. It is strict for our own records (unknown fields, duplicate
 * keys, nulls for primitives and text after the value fail) because a typo in a hand-edited record must not turn into
 * a silently missing value; foreign formats ({@link SeedTask}, Alpaca rows) opt out per class
 * with {@code @JsonIgnoreProperties(ignoreUnknown = true)}. Map entries are written sorted by key
 * so the same record always gives the same bytes (Beam coders and content hashes rely on it).
 * There is no default typing: type names in data would let a file choose which classes we build.
 */
public final class Json {

  /**
   * The shared mapper. Treat it as read-only: reconfiguring it would change every reader and
   * writer in the JVM; call {@link #newMapper()} for a private copy to adjust.
   */
  public static final ObjectMapper MAPPER = newMapper();

  /**
   * The shared configuration without the trailing-token check, for reading values one by one
   * from a stream ({@code STREAM_READER.readTree(parser)}): with the check, Jackson would treat
   * the next element of the stream as trailing garbage.
   */
  public static final ObjectReader STREAM_READER =
      MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /** A fresh mapper with the standard configuration. */
  public static JsonMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /** The value as compact one-line JSON (JSON escapes newlines inside strings, so it fits a JSONL line). */
  public static String toLine(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
