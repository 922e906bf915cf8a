package io.instruct4j.cli;

import io.instruct4j.core.io.InputFileException;
import io.instruct4j.finetune.export.ExportReport;
import io.instruct4j.finetune.export.Exporter;
import io.instruct4j.pipelines.RootConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code instruct4j export}: trainer-ready files from an examples file. Each flag is a
 * {@code --set export.<key>=...} applied after the config file, so flags and config keys mean the
 * same and are checked by the same rules.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
      "Write trainer-ready files from an examples file (our JSONL, seed tasks or an Alpaca JSON array):",
      "Alpaca JSON, ShareGPT JSON and OpenAI chat JSONL, each split into train and validation by method",
      "(seeded), plus LLaMA-Factory's dataset_info.json and export-report.json/.txt.",
      "Example: instruct4j export --input runs/curated/examples.jsonl --output runs/export",
      "         --format alpaca --format openai --system-prompt \"You are a helpful assistant.\""})
public final class ExportCommand implements Callable<Integer> {

  @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE", description = "The examples to export.")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Folder for the files (default: output from the config).")
  String output;

  @Option(names = "--format", paramLabel = "NAME",
      description = "alpaca, sharegpt or openai (repeatable; export.formats; default all three).")
  List<String> formats = new ArrayList<>();

  @Option(names = "--system-prompt", paramLabel = "TEXT", description = "System prompt for every row (export.system_prompt).")
  String systemPrompt;

  @Option(names = "--validation-fraction", paramLabel = "F",
      description = "Share of each method held out, in [0, 1) (export.validation_fraction; default 0.05).")
  Double validationFraction;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the split (export.seed; default 42).")
  Long seed;

  @Option(names = "--dataset-name", paramLabel = "NAME",
      description = "Prefix of the dataset_info.json names (export.dataset_name; default instruct4j).")
  String datasetName;

  @Mixin ConfigFileOptions config;

  @Mixin VerboseOption verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    config.shortcut("export.formats", formats);
    config.shortcut("export.system_prompt", systemPrompt);
    config.shortcut("export.validation_fraction", validationFraction);
    config.shortcut("export.seed", seed);
    config.shortcut("export.dataset_name", datasetName);
    config.shortcut("output", output);
    RootConfig root = config.load();
    if (root.output() == null || root.output().isBlank()) {
      throw new UsageException("no output folder: give --output DIR or set output in the config");
    }
    ExportReport report;
    try {
      report = Exporter.run(root.export(), input, Path.of(root.output()), root.language());
    } catch (InputFileException e) {
      throw new UsageException(e.getMessage(), e);
    }
    spec.commandLine().getOut().print(report.toText());
    return Cli.OK;
  }
}
