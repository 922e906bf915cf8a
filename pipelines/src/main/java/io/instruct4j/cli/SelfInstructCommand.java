package io.instruct4j.cli;

import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.selfinstruct.SelfInstructPipeline;
import io.instruct4j.pipelines.selfinstruct.SelfInstructSummary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code instruct4j self-instruct}: grows an instruction pool from seed tasks and writes training examples. */
@Command(name = "self-instruct", mixinStandardHelpOptions = true,
    description = {
      "Grow an instruction pool from seed tasks (Self-Instruct), then classify each instruction and",
      "generate its instances. Resumable: rerun the same command to continue; cached calls are free.",
      "Example: instruct4j self-instruct -c sample-data/self-instruct/demo-en.yaml --endpoint http://localhost:8000/v1"})
public final class SelfInstructCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @Option(names = "--seeds", paramLabel = "FILE", description = "Seed tasks (self_instruct.seeds).")
  String seeds;

  @Option(names = "--target", paramLabel = "N", description = "Instructions to accept (self_instruct.target_instructions).")
  Integer target;

  @Mixin VerboseOption verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    options.shortcut("self_instruct.seeds", seeds);
    options.shortcut("self_instruct.target_instructions", target);
    RootConfig config = options.load();
    SelfInstructSummary summary = SelfInstructPipeline.run(config, spec.commandLine().getErr());
    spec.commandLine().getOut().println(summary.toText());
    return Cli.OK;
  }
}
