package io.instruct4j.bench;

import io.instruct4j.core.io.Json;
import io.instruct4j.core.record.Example;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.curate.CuratePipeline;
import io.instruct4j.pipelines.curate.CurationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The curation pipeline end to end (read, quality, exact and MinHash dedup, write) on the
 * DirectRunner with default settings, on generated examples with outputs written to a JSONL file.
 */
@Command(name = "curate", mixinStandardHelpOptions = true,
    description = "Times CuratePipeline end to end on DirectRunner (default curate settings).")
final class CurateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--sizes", split = ",", defaultValue = "100000", description = "Numbers of examples (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--languages", split = ",", defaultValue = "en,zh", description = "Languages (default: ${DEFAULT-VALUE}).")
  List<String> languages;

  @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--work-dir", description = "Where inputs and outputs are written (default: a new temporary folder).")
  Path workDir;

  @Override
  public Integer call() throws IOException {
    Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("instruct4j-bench-curate");
    PrintWriter err = spec.commandLine().getErr();
    MarkdownTable table = new MarkdownTable("examples", "language", "kept", "rejected by step", "wall s",
        "examples/s");
    for (int size : sizes) {
      for (String language : languages) {
        err.printf("%d %s: generating...%n", size, language);
        Path input = dir.resolve("input-" + language + "-" + size + ".jsonl");
        write(DedupWorkload.generated(language, size, seed, true).examples(), input);
        RootConfig config = new RootConfig(null, RunnerConfig.DEFAULT, null, language, "fail", null, null, null);
        Timing.settle();
        CurationReport report = CuratePipeline.run(config, List.of(input), dir.resolve("out-" + language + "-" + size), err);
        String steps = report.steps().stream()
            .map(step -> step.step() + " " + Timing.count(step.rejected()))
            .collect(Collectors.joining(", "));
        table.add(Timing.count(size), language, Timing.count(report.kept()), steps,
            Timing.fixed(report.wallTimeSeconds(), 1), Timing.count(Math.round(report.examplesPerSecond())));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println();
    out.print(table.render());
    out.println();
    out.printf("CuratePipeline.run on %s with default curate settings; inputs and outputs in %s; %s, %d cores.%n",
        RunnerConfig.DEFAULT.name(), dir, Runtime.version(), Runtime.getRuntime().availableProcessors());
    return 0;
  }

  private static void write(List<Example> examples, Path file) {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Example example : examples) {
        writer.write(Json.toLine(example));
        writer.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write benchmark input " + file, e);
    }
  }
}
