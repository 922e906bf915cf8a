package io.instruct4j.cli;

import io.instruct4j.pipelines.RootConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that reads the config shares; each shortcut is a {@code --set} in disguise. */
public class ConfigOptions {

  @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "YAML config file.")
  Path config;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one config key, e.g. --set llm.max_in_flight=32 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "OpenAI-compatible base URL (llm.base_url), e.g. http://localhost:8000/v1.")
  String endpoint;

  @Option(names = "--model", paramLabel = "NAME", description = "Model name (llm.model).")
  String model;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (output).")
  String output;

  @Option(names = "--runner", paramLabel = "NAME", description = "DirectRunner or FlinkRunner (runner.name).")
  String runner;

  @Option(names = "--flink-master", paramLabel = "ADDR",
      description = "[local] or host:port (runner.flink_master).")
  String flinkMaster;

  @Option(names = "--language", paramLabel = "en|zh", description = "Language of the data (language).")
  String language;

  /** The effective config: file, then --set overrides, then the shortcut flags. */
  public RootConfig load() {
    List<String> all = new ArrayList<>(sets);
    add(all, "llm.base_url", endpoint);
    add(all, "llm.model", model);
    add(all, "output", output);
    add(all, "runner.name", runner);
    add(all, "runner.flink_master", flinkMaster);
    add(all, "language", language);
    return ConfigLoader.load(config, all);
  }

  private static void add(List<String> overrides, String key, String value) {
    if (value != null) {
      // Quote so that values such as "[local]" or "yes" stay strings in YAML.
      overrides.add(key + "='" + value.replace("'", "''") + "'");
    }
  }
}
