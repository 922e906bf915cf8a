package io.instruct4j.cli;

import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.selfqa.SelfQaPipeline;
import io.instruct4j.pipelines.selfqa.SelfQaSummary;
import io.instruct4j.selfqa.ingest.DocumentRef;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code instruct4j self-qa}: question/answer training examples grounded in your documents. */
@Command(name = "self-qa", mixinStandardHelpOptions = true,
    description = {
      "Turn documents (.txt, .md, .html, .pdf, .csv, .json) into question/answer training examples",
      "(Self-QA): chunk each document, ask the model for questions about each chunk, answer each",
      "question from its chunk, and keep the pairs that stand alone and are supported by the text.",
      "Resumable: rerun the same command to continue; cached calls are free.",
      "Example: instruct4j self-qa --input docs/ --output runs/qa --endpoint http://localhost:8000/v1 --model qwen2.5"})
public final class SelfQaCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @Option(names = {"-i", "--input"}, paramLabel = "DOCS",
      description = "A document or a folder of documents (self_qa.inputs); repeatable, replaces the config's list.")
  List<String> inputs;

  @Option(names = "--questions", paramLabel = "N", description = "Questions asked per chunk (self_qa.questions_per_chunk).")
  Integer questions;

  @Mixin VerboseOption verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    options.shortcut("self_qa.inputs", inputs);
    options.shortcut("self_qa.questions_per_chunk", questions);
    RootConfig config = options.load();
    List<DocumentRef> documents;
    try {
      documents = SelfQaPipeline.documents(config);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    SelfQaSummary summary = SelfQaPipeline.run(config, documents, spec.commandLine().getErr());
    spec.commandLine().getOut().println(summary.toText());
    return Cli.OK;
  }
}
