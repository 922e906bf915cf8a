package io.instruct4j.finetune.train.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.instruct4j.finetune.train.TrainInputException;
import java.nio.file.Path;

/** Typed, validated reads of config.json fields; every error names the file and the field. */
final class ConfigFields {

  private final Path file;
  private final JsonNode root;

  ConfigFields(Path file, JsonNode root) {
    this.file = file;
    this.root = root;
    if (!root.isObject()) {
      throw TrainInputException.inFile(file, "must hold a JSON object");
    }
  }

  String text(String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual()) {
      throw TrainInputException.inFile(file, "field '" + field + "' is missing or not a string");
    }
    return node.asText();
  }

  int positiveInt(String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() <= 0) {
      throw TrainInputException.inFile(file, "field '" + field + "' must be a positive integer, got " + node);
    }
    return node.asInt();
  }

  double positiveDouble(String field, double fallback) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isNumber() || node.asDouble() <= 0) {
      throw TrainInputException.inFile(file, "field '" + field + "' must be a positive number, got " + node);
    }
    return node.asDouble();
  }

  long eosTokenId() {
    JsonNode node = root.get("eos_token_id");
    if (node != null && node.isArray() && node.size() > 0) {
      node = node.get(0);
    }
    if (node == null || node.isNull()) {
      return -1;
    }
    if (!node.isIntegralNumber() || node.asLong() < 0) {
      throw TrainInputException.inFile(file, "field 'eos_token_id' must be a token id or a list of ids, got " + node);
    }
    return node.asLong();
  }

  RopeScaling ropeScaling() {
    JsonNode node = root.get("rope_scaling");
    if (node == null || node.isNull()) {
      return RopeScaling.NONE;
    }
    String type = node.hasNonNull("rope_type") ? node.get("rope_type").asText() : node.path("type").asText("default");
    return switch (type) {
      case "default" -> RopeScaling.NONE;
      case "linear" -> RopeScaling.linear(scalingNumber(node, "factor"));
      case "llama3" -> RopeScaling.llama3(scalingNumber(node, "factor"),
          scalingNumber(node, "low_freq_factor"), scalingNumber(node, "high_freq_factor"),
          (int) scalingNumber(node, "original_max_position_embeddings"));
      default -> throw TrainInputException.inFile(file, "rope_scaling type '" + type
          + "' is not supported; supported: default, linear, llama3");
    };
  }

  private double scalingNumber(JsonNode scaling, String field) {
    JsonNode node = scaling.get(field);
    if (node == null || !node.isNumber() || node.asDouble() <= 0) {
      throw TrainInputException.inFile(file, "field 'rope_scaling." + field + "' must be a positive number, got " + node);
    }
    return node.asDouble();
  }
}
