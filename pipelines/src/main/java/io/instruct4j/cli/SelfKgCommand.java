package io.instruct4j.cli;

import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.selfkg.SelfKgPipeline;
import io.instruct4j.pipelines.selfkg.SelfKgSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code instruct4j self-kg}: question–answer examples grounded in knowledge-graph facts. */
@Command(name = "self-kg", mixinStandardHelpOptions = true,
    description = {
      "Make question-answer examples from knowledge-graph facts (Self-KG): per-relation templates without",
      "an LLM, and/or an LLM prompted with each entity's facts; every answer is checked against the facts.",
      "Reads TSV/CSV triples, N-Triples, Turtle, JSON-LD and CMeKG-style JSON entity records.",
      "Resumable: rerun the same command; cached calls are free.",
      "Example: instruct4j self-kg -c sample-data/self-kg/demo-zh.yaml --endpoint http://localhost:8000/v1"})
public final class SelfKgCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @Option(names = {"-i", "--input"}, paramLabel = "KG",
      description = "A knowledge-graph file or a folder of them (repeatable; replaces self_kg.inputs).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--generator", paramLabel = "template|llm|both", description = "Generator(s) to run (self_kg.generator).")
  String generator;

  @Option(names = "--hops", paramLabel = "1|2", description = "Neighbourhood size in LLM prompts (self_kg.hops).")
  Integer hops;

  @Mixin VerboseOption verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    options.shortcut("self_kg.inputs", inputs);
    options.shortcut("self_kg.generator", generator);
    options.shortcut("self_kg.hops", hops);
    RootConfig config = options.load();
    SelfKgSummary summary = SelfKgPipeline.run(config, spec.commandLine().getErr());
    spec.commandLine().getOut().println(summary.toText());
    return Cli.OK;
  }
}
