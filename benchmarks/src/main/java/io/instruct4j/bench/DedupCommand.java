package io.instruct4j.bench;

import io.instruct4j.filters.dedup.DedupResult;
import io.instruct4j.filters.dedup.ExactDedup;
import io.instruct4j.filters.dedup.MinHashDedup;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Throughput of exact dedup followed by MinHash dedup (default settings) on short instructions. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = "Times exact + MinHash dedup on generated short instructions.")
final class DedupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000",
      description = "Numbers of examples (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--languages", split = ",", defaultValue = "en,zh", description = "Languages (default: ${DEFAULT-VALUE}).")
  List<String> languages;

  @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    err.println("warming up the JIT on 50,000 examples...");
    for (String language : languages) {
      run(DedupWorkload.generated(language, 50_000, seed + 1));
    }
    MarkdownTable table = new MarkdownTable("examples", "language", "exact dups", "near dups",
        "planted exact / near", "exact ex/s", "MinHash ex/s", "exact + MinHash ex/s", "total s");
    boolean accounted = true;
    for (int size : sizes) {
      for (String language : languages) {
        err.printf("%d %s: generating...%n", size, language);
        DedupWorkload workload = DedupWorkload.generated(language, size, seed);
        err.printf("%d %s: deduplicating...%n", size, language);
        Outcome outcome = run(workload);
        accounted &= outcome.exact().inputCount() == size
            && outcome.near().inputCount() == outcome.exact().kept().size();
        double total = (outcome.exactNanos() + outcome.nearNanos()) / 1e9;
        table.add(Timing.count(size), language, Timing.count(outcome.exact().rejects().size()),
            Timing.count(outcome.near().rejects().size()),
            Timing.count(workload.plantedExact()) + " / " + Timing.count(workload.plantedNear()),
            Timing.count(Math.round(size / (outcome.exactNanos() / 1e9))),
            Timing.count(Math.round(outcome.exact().kept().size() / (outcome.nearNanos() / 1e9))),
            Timing.count(Math.round(size / total)), Timing.fixed(total, 1));
      }
    }
    var out = spec.commandLine().getOut();
    out.println();
    out.print(table.render());
    out.println();
    out.printf("MinHash runs on what exact dedup kept (as curation chains them), default settings: "
        + "threshold 0.8, 3-token shingles, 128 hashes; one caller thread, hashing on all cores; %s, %d cores.%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    return accounted ? 0 : 1;
  }

  private record Outcome(DedupResult exact, DedupResult near, long exactNanos, long nearNanos) {}

  private static Outcome run(DedupWorkload workload) {
    Timing.settle();
    long start = System.nanoTime();
    DedupResult exact = new ExactDedup().run(workload.examples());
    long between = System.nanoTime();
    DedupResult near = new MinHashDedup().run(exact.kept());
    long done = System.nanoTime();
    return new Outcome(exact, near, between - start, done - between);
  }
}
