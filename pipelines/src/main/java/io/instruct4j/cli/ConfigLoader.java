package io.instruct4j.cli;

import io.instruct4j.pipelines.RootConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the YAML config, applies command-line overrides ({@code --set llm.model=qwen2.5}) and maps
 * the result strictly onto {@link RootConfig}: an unknown key is an error that names the key, the
 * file and the line, and lists the keys allowed there.
 */
public final class ConfigLoader {

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private ConfigLoader() {}

  /**
   * Loads {@code file} (may be null: defaults only) and applies {@code overrides}, each
   * {@code dotted.key=value} with the value read as a YAML scalar or flow collection.
   */
  public static RootConfig load(Path file, List<String> overrides) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    String origin = "the defaults";
    if (file != null) {
      origin = file.toString();
      if (!Files.isRegularFile(file)) {
        throw new UsageException("config file " + file + " does not exist (check --config)");
      }
      try {
        String text = Files.readString(file);
        // First pass straight from the file, so an unknown key is reported with its line.
        YAML.readValue(text.isBlank() ? "{}" : text, RootConfig.class);
        JsonNode parsed = YAML.readTree(text);
        if (parsed != null && !parsed.isMissingNode() && !parsed.isNull()) {
          if (!parsed.isObject()) {
            throw new UsageException("config file " + file + " must be a YAML mapping of sections (llm:, runner:, ...)");
          }
          tree = (ObjectNode) parsed;
        }
      } catch (JsonProcessingException e) {
        throw new UsageException(describe(e, file.toString(), readQuietly(file)), e);
      } catch (IOException e) {
        throw new UsageException("cannot read config file " + file + ": " + e.getMessage(), e);
      }
    }
    for (String override : overrides) {
      apply(tree, override);
    }
    try {
      return YAML.treeToValue(tree, RootConfig.class);
    } catch (JsonProcessingException e) {
      throw new UsageException(describe(e, origin + " with the command-line overrides", null), e);
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid config in " + origin + ": " + e.getMessage(), e);
    }
  }

  private static void apply(ObjectNode tree, String override) {
    int eq = override.indexOf('=');
    if (eq <= 0) {
      throw new UsageException("--set expects key=value (e.g. --set llm.model=qwen2.5), got '" + override + "'");
    }
    String[] path = override.substring(0, eq).trim().split("\\.");
    String raw = override.substring(eq + 1);
    JsonNode value;
    try {
      value = raw.isEmpty() ? JsonNodeFactory.instance.nullNode() : YAML.readTree(raw);
    } catch (JsonProcessingException e) {
      throw new UsageException("--set " + override + ": the value is not valid YAML: " + e.getOriginalMessage());
    }
    ObjectNode node = tree;
    for (int i = 0; i < path.length - 1; i++) {
      JsonNode child = node.get(path[i]);
      if (child == null || !child.isObject()) {
        child = node.putObject(path[i]);
      }
      node = (ObjectNode) child;
    }
    node.set(path[path.length - 1], value);
  }

  /** Turns Jackson's message into one line that says which key is wrong and where. */
  static String describe(JsonProcessingException e, String origin, String yaml) {
    String where = origin;
    int line = -1;
    if (yaml != null && e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      line = YamlLines.lineOf(yaml, m.getPath().stream().map(r -> String.valueOf(r.getFieldName())).toList());
    }
    JsonLocation loc = e.getLocation();
    if (line < 0 && !(e instanceof JsonMappingException) && loc != null && loc.getLineNr() > 0) {
      line = loc.getLineNr();
    }
    if (line > 0) {
      where = origin + ":" + line;
    }
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(Object::toString).sorted().collect(Collectors.joining(", "));
      return "unknown config key '" + path(u) + "' in " + where + " (allowed here: " + known + ")";
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return "bad value for config key '" + path(m) + "' in " + where + ": " + e.getOriginalMessage();
    }
    return "cannot parse config " + where + ": " + e.getOriginalMessage();
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return null;
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  /** For tests and `config show`: the effective config as YAML. */
  public static String toYaml(RootConfig config) {
    try {
      return YAML.writeValueAsString(YAML.convertValue(config, Map.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
