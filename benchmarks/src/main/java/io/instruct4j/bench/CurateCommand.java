package io.instruct4j.bench;

import io.instruct4j.core.io.Json;
import io.instruct4j.core.record.Example;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.filters.quality.QualityConfig;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.common.StageFiles;
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
 * DirectRunner, on generated examples written to a JSONL file. Two workloads: {@code dedup}, short
 * instructions without outputs through exact and MinHash dedup only (the quality checks, which
 * would reject an empty output, switched off), and {@code full}, examples with outputs through the
 * default settings.
 */
@Command(name = "curate", mixinStandardHelpOptions = true,
    description = "Times CuratePipeline end to end on DirectRunner.")
final class CurateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000", description = "Numbers of examples (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--languages", split = ",", defaultValue = "en,zh", description = "Languages (default: ${DEFAULT-VALUE}).")
  List<String> languages;

  @Option(names = "--workloads", split = ",", defaultValue = "dedup,full",
      description = "dedup: short instructions, exact + MinHash dedup only; full: examples with outputs, "
          + "default settings (quality, exact, MinHash) (default: ${DEFAULT-VALUE}).")
  List<String> workloads;

  @Option(names = "--runner", defaultValue = "DirectRunner",
      description = "DirectRunner or FlinkRunner (local, embedded) (default: ${DEFAULT-VALUE}).")
  String runner;

  @Option(names = "--parallelism", defaultValue = "0",
      description = "runner.parallelism; 0 for the runner's default (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(names = "--warmup", defaultValue = "20000",
      description = "Examples curated once, untimed, before the timed runs, so the JIT has compiled the hot code "
          + "(0 for none) (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--work-dir", description = "Where inputs and outputs are written (default: a new temporary folder).")
  Path workDir;

  @Override
  public Integer call() throws IOException {
    Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("instruct4j-bench-curate");
    PrintWriter err = spec.commandLine().getErr();
    MarkdownTable table = new MarkdownTable("workload", "examples", "language", "kept", "rejected by step",
        "wall s", "examples/s");
    if (warmup > 0) {
      err.printf("warm-up: %d examples, untimed...%n", warmup);
      Path input = dir.resolve("input-warmup.jsonl");
      write(DedupWorkload.generated("en", warmup, seed + 1, true).examples(), input);
      CuratePipeline.run(config("en", true, new RunnerConfig(runner, null, parallelism)), List.of(input),
          dir.resolve("out-warmup"), err);
      StageFiles.deleteTree(dir.resolve("out-warmup"));
      Files.delete(input);
    }
    for (String workload : workloads) {
      boolean full = switch (workload) {
        case "full" -> true;
        case "dedup" -> false;
        default -> throw new IllegalArgumentException("--workloads takes dedup and full, got " + workload);
      };
      for (int size : sizes) {
        for (String language : languages) {
          String name = workload + "-" + language + "-" + size;
          err.printf("%s: generating...%n", name);
          Path input = dir.resolve("input-" + name + ".jsonl");
          write(DedupWorkload.generated(language, size, seed, full).examples(), input);
          Timing.settle();
          CurationReport report = CuratePipeline.run(config(language, full, new RunnerConfig(runner, null, parallelism)), List.of(input),
              dir.resolve("out-" + name), err);
          String steps = report.steps().stream()
              .map(step -> step.step() + " " + Timing.count(step.rejected()))
              .collect(Collectors.joining(", "));
          table.add(workload, Timing.count(size), language, Timing.count(report.kept()), steps,
              Timing.fixed(report.wallTimeSeconds(), 1), Timing.count(Math.round(report.examplesPerSecond())));
          if (workDir == null) {
            StageFiles.deleteTree(dir.resolve("out-" + name));
            Files.delete(input);
          }
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println();
    out.print(table.render());
    out.println();
    out.printf("CuratePipeline.run on %s%s, after a warm-up of %d examples; %s; %s, %d cores.%n",
        new RunnerConfig(runner, null, 0).name(), parallelism > 0 ? " (parallelism " + parallelism + ")" : "", warmup,
        workDir == null ? "inputs and outputs in a temporary folder, deleted" : "inputs and outputs in " + dir,
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    if (workDir == null) {
      Files.delete(dir);
    }
    return 0;
  }

  /** Default settings for {@code full}; for {@code dedup}, every quality check off. */
  private static RootConfig config(String language, boolean full, RunnerConfig runnerConfig) {
    CurateConfig curate = CurateConfig.defaults();
    if (!full) {
      curate = curate.withQuality(new QualityConfig(null, null, null, null, false, false, false, false, null, null,
          null));
    }
    return new RootConfig(null, runnerConfig, null, language, "fail", null, null, null, null, curate,
        null, null);
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
