package io.instruct4j.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./bench}: reproducible benchmarks, run by hand. Each subcommand prints
 * Markdown tables on standard output and progress on standard error, and exits non-zero when a
 * correctness check inside the benchmark fails.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "instruct4j benchmarks: ROUGE-L filter vs its exhaustive oracle, dedup and curation throughput.",
    subcommands = {RougeCommand.class, DedupCommand.class, CurateCommand.class, CommandLine.HelpCommand.class})
public final class Bench {

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = new CommandLine(new Bench()).setOut(out).setErr(err).execute(args);
    System.exit(code);
  }
}
