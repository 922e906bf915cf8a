package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.io.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of canonical JSON: object keys sorted at every depth, so the same settings give the same
 * hash whatever the order of the YAML's keys or of the records' components; and unset (null)
 * values left out, so a setting that a later version adds without a default does not redo the
 * stages of runs made before it.
 */
final class Fingerprints {

  private static final ObjectMapper CANONICAL = Json.newMapper();

  private Fingerprints() {}

  /** The value (a record or a tree) as canonical JSON. */
  static String canonical(Object value) {
    JsonNode tree = value instanceof JsonNode n ? n : Json.MAPPER.valueToTree(value);
    try {
      return CANONICAL.writeValueAsString(sorted(tree));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a fingerprint's JSON", e);
    }
  }

  static String sha256(String text) {
    return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(String::compareTo);
      ObjectNode out = CANONICAL.createObjectNode();
      for (String name : names) {
        JsonNode child = node.get(name);
        if (!child.isNull()) {
          out.set(name, sorted(child));
        }
      }
      return out;
    }
    if (node.isArray()) {
      var out = CANONICAL.createArrayNode();
      node.forEach(child -> out.add(sorted(child)));
      return out;
    }
    return node;
  }
}
