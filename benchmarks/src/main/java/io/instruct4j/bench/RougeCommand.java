package io.instruct4j.bench;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.ExampleSources;
import io.instruct4j.core.record.Example;
import io.instruct4j.filters.rouge.ExhaustiveRougeScorer;
import io.instruct4j.filters.rouge.IndexedRougeScorer;
import io.instruct4j.filters.rouge.RougeFilterResult;
import io.instruct4j.filters.rouge.RougeTokenizer;
import io.instruct4j.filters.rouge.SimilarityIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The ROUGE-L similarity filter on {@link IndexedRougeScorer} against the same filter on
 * {@link ExhaustiveRougeScorer}, in one JVM on the same inputs: time per candidate, and whether
 * every decision, max score, mean, top-10 list and reject reason is identical.
 */
@Command(name = "rouge", mixinStandardHelpOptions = true,
    description = "Times the indexed ROUGE-L filter against the exhaustive oracle and checks they agree.")
final class RougeCommand implements Callable<Integer> {

  enum MeanMode { on, off, both }

  @Spec CommandSpec spec;

  @Option(names = "--pool-sizes", split = ",", defaultValue = "1000,10000,50000",
      description = "Pool sizes to run (default: ${DEFAULT-VALUE}).")
  List<Integer> poolSizes;

  @Option(names = "--candidates", defaultValue = "1000", description = "Candidates per case (default: ${DEFAULT-VALUE}).")
  int candidates;

  @Option(names = "--oracle-limit", defaultValue = "0",
      description = "Time both scorers on only the first N candidates (0: all), to shorten large exhaustive runs.")
  int oracleLimit;

  @Option(names = "--languages", split = ",", defaultValue = "en,zh", description = "Generated languages (default: ${DEFAULT-VALUE}).")
  List<String> languages;

  @Option(names = "--mean", defaultValue = "both",
      description = "Record the mean score (as Self-Instruct does): on, off or both (default: ${DEFAULT-VALUE}).")
  MeanMode mean;

  @Option(names = "--threshold", defaultValue = "0.7", description = "ROUGE-L threshold (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--repeats", defaultValue = "3",
      description = "Indexed runs per case; the median is reported (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--input", description = "Use the instructions of this example file (JSONL, Alpaca JSON, seed tasks) instead of generated ones.")
  Path input;

  @Option(names = "--input-language", defaultValue = "en", description = "Language tag for --input records that carry none.")
  String inputLanguage;

  @Option(names = "--warmup-pool", defaultValue = "10000",
      description = "Pool size of the untimed warm-up runs, on texts from another seed (default: ${DEFAULT-VALUE}).")
  int warmupPool;

  @Override
  public Integer call() {
    if (candidates < 1 || repeats < 1 || oracleLimit < 0 || warmupPool < 0) {
      throw new IllegalArgumentException("--candidates and --repeats must be >= 1, --oracle-limit and --warmup-pool"
          + " >= 0, got " + candidates + ", " + repeats + ", " + oracleLimit + ", " + warmupPool);
    }
    var err = spec.commandLine().getErr();
    List<Example> fileExamples = input == null ? null
        : ExampleSources.open(input, inputLanguage, BadRecords.fail()).readAll();
    // Until the JIT has compiled the hot loops with a profile from pools this large, the first
    // runs measure the compiler, not the scorers: both warm up on the same texts from another seed.
    err.printf("warming up the JIT on a %,d pool (seed %d), untimed...%n", warmupPool, seed + 1);
    for (String language : languages) {
      RougeWorkload warmup = RougeWorkload.generated(language, warmupPool, 1000, seed + 1);
      for (boolean recordMean : modes()) {
        FilterRun.of(oracle(), warmup.pool(), warmup.candidates(), threshold, recordMean);
        for (int r = 0; r < 3; r++) {
          FilterRun.of(indexed(), warmup.pool(), warmup.candidates(), threshold, recordMean);
        }
      }
    }
    MarkdownTable table = new MarkdownTable("pool", "language", "mean", "candidates", "accepted",
        "exhaustive CPU ms", "indexed CPU ms", "speed-up", "accepted", "rejected", "wall speed-up",
        "indexed µs/cand", "index build ms", "identical");
    boolean allIdentical = true;
    for (int poolSize : poolSizes) {
      List<RougeWorkload> workloads = new ArrayList<>();
      if (fileExamples != null) {
        workloads.add(RougeWorkload.fromInstructions(fileExamples, input.toString(), poolSize, candidates));
      } else {
        for (String language : languages) {
          workloads.add(RougeWorkload.generated(language, poolSize, candidates, seed));
        }
      }
      for (RougeWorkload workload : workloads) {
        int timed = oracleLimit == 0 ? candidates : Math.min(oracleLimit, candidates);
        List<Example> subset = workload.candidates().subList(0, timed);
        for (boolean recordMean : modes()) {
          err.printf("pool %d %s mean=%s: exhaustive...%n", poolSize, workload.language(), recordMean);
          FilterRun exhaustive = FilterRun.of(oracle(), workload.pool(), subset, threshold, recordMean);
          err.printf("pool %d %s mean=%s: indexed x%d...%n", poolSize, workload.language(), recordMean, repeats);
          double[] filterMs = new double[repeats];
          double[] wallMs = new double[repeats];
          double[] acceptedMs = new double[repeats];
          double[] rejectedMs = new double[repeats];
          double[] buildMs = new double[repeats];
          RougeFilterResult indexedResult = null;
          for (int r = 0; r < repeats; r++) {
            FilterRun run = FilterRun.of(indexed(), workload.pool(), subset, threshold, recordMean);
            filterMs[r] = Timing.millis(run.filterNanos());
            wallMs[r] = Timing.millis(run.wallNanos());
            acceptedMs[r] = Timing.millis(run.acceptedNanos());
            rejectedMs[r] = Timing.millis(run.rejectedNanos());
            buildMs[r] = Timing.millis(run.buildNanos());
            indexedResult = run.result();
          }
          OutcomeDiff diff = OutcomeDiff.of(subset, exhaustive.result(), indexedResult);
          allIdentical &= diff.identical();
          double oracleMs = Timing.millis(exhaustive.filterNanos());
          double indexedMs = Timing.median(filterMs);
          table.add(Timing.count(poolSize), workload.language(), recordMean ? "yes" : "no", timed,
              exhaustive.result().accepted().size(), Timing.fixed(oracleMs, 0), Timing.fixed(indexedMs, 1),
              Timing.fixed(oracleMs / indexedMs, 0) + "×",
              ratio(exhaustive.acceptedNanos(), acceptedMs), ratio(exhaustive.rejectedNanos(), rejectedMs),
              ratio(exhaustive.wallNanos(), wallMs),
              Timing.fixed(indexedMs * 1000 / timed, 1), Timing.fixed(Timing.median(buildMs), 0),
              diff.summary());
        }
      }
    }
    var out = spec.commandLine().getOut();
    out.println();
    out.print(table.render());
    out.println();
    out.printf("Texts: %s; threshold %s; indexed times are the median of %d runs, exhaustive one run; "
        + "both scorers in one JVM (%s, %d cores), after the same untimed warm-up on a %,d pool.%n",
        fileExamples == null ? "generated, seed " + seed : input, threshold, repeats, Runtime.version(),
        Runtime.getRuntime().availableProcessors(), warmupPool);
    out.println("CPU ms = CPU time of the filtering thread; speed-up = exhaustive / indexed CPU time, overall and"
        + " for the accepted and the rejected candidates; wall speed-up = the same from wall-clock time.");
    out.println("identical = same decision, max score, mean, top-10 list and reject reason for every timed candidate.");
    return allIdentical ? 0 : 1;
  }

  private static String ratio(long oracleNanos, double[] indexedMs) {
    double indexed = Timing.median(indexedMs);
    return indexed == 0 ? "-" : Timing.fixed(Timing.millis(oracleNanos) / indexed, 0) + "×";
  }

  private boolean[] modes() {
    return switch (mean) {
      case on -> new boolean[] {true};
      case off -> new boolean[] {false};
      case both -> new boolean[] {false, true};
    };
  }

  private static Supplier<SimilarityIndex> oracle() {
    return () -> new ExhaustiveRougeScorer(RougeTokenizer.plain());
  }

  private static Supplier<SimilarityIndex> indexed() {
    return () -> new IndexedRougeScorer(RougeTokenizer.plain());
  }
}
