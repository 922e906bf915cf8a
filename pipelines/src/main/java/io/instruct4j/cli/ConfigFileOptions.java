package io.instruct4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.instruct4j.core.io.Json;
import io.instruct4j.pipelines.RootConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads the config: the file, {@code --set} overrides and
 * {@code --language}. A command's own flags are shortcuts for config keys ({@code --seed} is
 * {@code export.seed}); it registers them with {@link #shortcut}, so a flag and its key mean the
 * same and are checked by the same rules, and a flag wins over a {@code --set} of its key.
 */
public class ConfigFileOptions {

  /**
   * Shortcut values are written as JSON, which YAML reads back exactly as a flow scalar or
   * collection: a JSON string keeps newlines and quotes ({@code 'single'} YAML quoting folds
   * newlines into spaces) and stays a string where a plain {@code [local]}, {@code yes} or
   * {@code 07} would not. Everything outside ASCII is escaped too, because YAML 1.1 counts
   * U+0085, U+2028 and U+2029 as line breaks and would fold them even inside double quotes.
   */
  private static final ObjectWriter YAML_SAFE_JSON = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

  @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "YAML config file.")
  Path config;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one config key, e.g. --set llm.max_in_flight=32 or --set export.seed=7 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--language", paramLabel = "en|zh",
      description = "Language of the data, and of records that carry none (language).")
  String language;

  /** Key to quoted value, in the order given; keyed so that setting a key again replaces it. */
  private final Map<String, String> shortcuts = new LinkedHashMap<>();

  /**
   * Sets config {@code key} to {@code value} (a string, number, boolean or list of them) after
   * every {@code --set}. A null value or an empty list is a flag that was not given and sets nothing.
   */
  public void shortcut(String key, Object value) {
    if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
      return;
    }
    shortcuts.put(key, quote(value));
  }

  /** The effective config: the file (or the defaults), then the {@code --set} overrides, then the shortcuts. */
  public RootConfig load() {
    List<String> overrides = new ArrayList<>(sets);
    shortcuts.forEach((key, value) -> overrides.add(key + "=" + value));
    if (language != null) {
      overrides.add("language=" + quote(language));
    }
    return ConfigLoader.load(config, overrides);
  }

  /** {@code value} as a YAML flow value that reads back as exactly {@code value}. */
  static String quote(Object value) {
    try {
      return YAML_SAFE_JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
