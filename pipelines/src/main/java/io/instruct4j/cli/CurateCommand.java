package io.instruct4j.cli;

import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.curate.CuratePipeline;
import io.instruct4j.pipelines.curate.CurationReport;
import io.instruct4j.pipelines.progress.Terminal;
import java.nio.file.Files;
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
 * {@code instruct4j curate}: quality filters and exact, near and semantic dedup over example
 * files. Inputs come from {@code --input} (repeatable), which replaces the config's
 * {@code curate.inputs}; one of the two must name at least one file. Relative paths are read
 * from the working folder.
 */
@Command(name = "curate", mixinStandardHelpOptions = true,
    description = {
      "Curate example files: quality filters, then exact, near-duplicate (MinHash) and",
      "optional semantic (embedding) dedup. Reads our JSONL examples, Self-Instruct seed",
      "files and Alpaca JSON/JSONL, in any mix. Writes examples.jsonl, finetune.jsonl,",
      "rejects.jsonl (with reasons), clusters.jsonl and curation-report.json.",
      "Example: instruct4j curate -i instances.jsonl -i alpaca.json -o runs/curated \\",
      "           --set curate.near_duplicate.threshold=0.7"})
public final class CurateCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @Option(names = {"-i", "--input"}, paramLabel = "FILE",
      description = "An example file (repeatable; replaces curate.inputs). The order decides which duplicate is kept.")
  List<String> inputs = new ArrayList<>();

  @Mixin VerboseOption verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    options.shortcut("curate.inputs", inputs);
    RootConfig config = options.load();
    List<Path> files = inputFiles(config.curate().inputs());
    if (config.output() == null || config.output().isBlank()) {
      throw new UsageException("no output folder: give --output DIR or set output in the config");
    }
    CurationReport report = CuratePipeline.run(config, files, Path.of(config.output()),
        Terminal.detect(spec.commandLine().getErr()));
    spec.commandLine().getOut().println(report.toText());
    return Cli.OK;
  }

  /** The inputs as paths, each checked to be a file, so a typo is a usage error naming it. */
  private static List<Path> inputFiles(List<String> names) {
    if (names.isEmpty()) {
      throw new UsageException("no input files: give --input FILE (repeatable) or set curate.inputs in the config");
    }
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path file = Path.of(name);
      if (Files.isDirectory(file)) {
        throw new UsageException("input " + name + " is a folder; give example files (--input FILE, repeatable)");
      }
      if (!Files.isRegularFile(file)) {
        throw new UsageException("input file " + name + " does not exist (working folder: "
            + Path.of("").toAbsolutePath() + "; check --input / curate.inputs)");
      }
      files.add(file);
    }
    return files;
  }
}
