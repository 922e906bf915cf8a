package io.instruct4j.cli;

import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.progress.Terminal;
import io.instruct4j.pipelines.run.DryRun;
import io.instruct4j.pipelines.run.DryRunReport;
import io.instruct4j.pipelines.run.RunFailedException;
import io.instruct4j.pipelines.run.RunOptions;
import io.instruct4j.pipelines.run.RunPipeline;
import io.instruct4j.pipelines.run.RunSummary;
import io.instruct4j.pipelines.run.Stage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code instruct4j run CONFIG}: generate, curate, export and (optionally) train in one resumable run folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline in one run folder: the generators named in run.generators",
      "(self_instruct, self_qa, self_kg), then curate, export and, with run.train: true, train.",
      "The folder is runs/<run.name> (or --output). A stage that is done is skipped until its settings,",
      "its input files or a stage it reads change; rerun the same command to resume after a failure or",
      "a kill (model calls that finished are cached and free). Stages: self_instruct, self_qa, self_kg,",
      "curate, export, train.",
      "Example: instruct4j run sample-data/demo.yaml --endpoint http://localhost:8000/v1 \\",
      "           --model Qwen/Qwen2.5-7B-Instruct"})
public final class RunCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG", description = "The run's YAML config (or -c FILE).")
  Path configFile;

  @Mixin ConfigOptions options;

  @Option(names = "--from", paramLabel = "STAGE",
      description = "Redo this stage and every stage that reads its outputs, even when done.")
  String from;

  @Option(names = "--until", paramLabel = "STAGE",
      description = "Stop after this stage: run only it and the stages it reads from.")
  String until;

  @Option(names = "--dry-run",
      description = "Check the config, every input and the endpoint, and print the planned model calls and "
          + "tokens per stage, without calling the model or writing anything.")
  boolean dryRun;

  @Mixin VerboseOption verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (configFile != null && options.file.config != null) {
      throw new UsageException("give the config once: as CONFIG or as --config, not both");
    }
    if (configFile == null && options.file.config == null) {
      throw new UsageException("give the run's config file: instruct4j run CONFIG.yaml");
    }
    Path file = configFile != null ? configFile : options.file.config;
    options.file.config = file;
    RootConfig config = options.load();
    RunOptions run;
    try {
      run = new RunOptions(stage(from, "--from"), stage(until, "--until"), dryRun);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = defaultName(file);
    if (dryRun) {
      DryRunReport report = DryRun.check(config, run, name);
      out.println(report.toText());
      return report.ok() ? Cli.OK : Cli.USAGE;
    }
    try {
      RunSummary summary = RunPipeline.run(config, run, name, Terminal.detect(err));
      out.println(summary.toText());
      return Cli.OK;
    } catch (RunFailedException e) {
      if (e.summary() != null) {
        out.println(e.summary().toText());
      }
      out.flush();
      err.println("instruct4j: " + e.getMessage());
      if (verbose.enabled()) {
        e.printStackTrace(err);
      }
      err.flush();
      return Cli.FAILURE;
    }
  }

  private static Stage stage(String name, String option) {
    return name == null ? null : Stage.parse(name, option);
  }

  /** The run's name when run.name is not set: the config file's name without its extension. */
  static String defaultName(Path file) {
    String base = file.getFileName().toString().replaceFirst("\\.(ya?ml)$", "");
    String safe = base.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[^A-Za-z0-9]+", "");
    return safe.isEmpty() ? "run" : safe;
  }
}
