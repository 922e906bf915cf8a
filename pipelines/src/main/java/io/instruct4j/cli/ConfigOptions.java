package io.instruct4j.cli;

import io.instruct4j.pipelines.RootConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The config options of the commands that call a model or run a Beam pipeline: those of
 * {@link ConfigFileOptions} plus shortcuts for the endpoint, model, output folder and runner,
 * each a {@code --set} of the key named in its help.
 */
public class ConfigOptions {

  @Mixin ConfigFileOptions file;

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

  /** Sets config {@code key} after every {@code --set}; see {@link ConfigFileOptions#shortcut}. */
  public void shortcut(String key, Object value) {
    file.shortcut(key, value);
  }

  /** The effective config: file, then --set overrides, then the command's and these shortcut flags. */
  public RootConfig load() {
    file.shortcut("llm.base_url", endpoint);
    file.shortcut("llm.model", model);
    file.shortcut("output", output);
    file.shortcut("runner.name", runner);
    file.shortcut("runner.flink_master", flinkMaster);
    return file.load();
  }
}
