package io.instruct4j.pipelines.curate;

import io.instruct4j.core.io.InputFormat;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.filters.curate.CurateStep;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.RunFolder;
import io.instruct4j.pipelines.progress.ProgressLine;
import io.instruct4j.pipelines.progress.ProgressTicker;
import io.instruct4j.pipelines.progress.Terminal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Curation end to end: read the input files in the driver (any mix of our JSONL examples,
 * Self-Instruct seed files and Alpaca JSON/JSONL; malformed records under the run's
 * {@code bad_records} policy), run the chain of {@link CurateStep}s as a Beam pipeline on the
 * configured runner, and write the outputs to the output folder:
 *
 * <ul>
 *   <li>{@code examples.jsonl}: the kept examples, in input order
 *   <li>{@code finetune.jsonl}: the same as {@code {instruction, input, output}} rows
 *   <li>{@code rejects.jsonl}: malformed records, then each step's rejects in input order, with
 *       filter, reason, {@code file:line} and, for duplicates, {@code duplicate_of}
 *   <li>{@code clusters.jsonl}: one line per duplicate cluster ({@link io.instruct4j.filters.curate.ClusterLine})
 *   <li>{@code curation-report.json}: the {@link CurationReport}
 * </ul>
 *
 * <p>No model is called and nothing is cached: a rerun repeats the work. Each output file is
 * replaced atomically (never half-written), and {@code curation-report.json} is removed before the
 * others are replaced and written after them, so a folder that has a report holds a complete,
 * consistent set.
 */
public final class CuratePipeline {

  /** Examples per slice ({@link CurateBatch}): big enough that per-element costs vanish. */
  static final int BATCH_SIZE = 1000;

  private CuratePipeline() {}

  /**
   * Curates {@code inputs} as {@code config.curate()} describes (the config's own
   * {@code curate.inputs} are not read here: the caller decides the inputs).
   *
   * @param config the run's config: {@code curate}, {@code runner}, {@code language}, {@code bad_records}
   * @param inputs the example files, in the order that decides which duplicate is kept
   * @param outputDir the output folder, created when missing
   * @param progress where progress lines go (the CLI's stderr)
   * @return the report also written to {@code curation-report.json}
   * @throws IllegalArgumentException for no inputs, an input given twice, or a bad setting
   * @throws io.instruct4j.core.io.InputFileException for a missing, unreadable or malformed input
   *     (under {@code bad_records: fail}), naming {@code file:line}
   */
  public static CurationReport run(RootConfig config, List<Path> inputs, Path outputDir, PrintWriter progress) {
    return run(config, inputs, outputDir, progress, BATCH_SIZE, Optional.empty());
  }

  /**
   * As {@link #run(RootConfig, List, Path, PrintWriter)}, with lines and a live progress line on
   * {@code terminal}: examples read (count and rate), then how long the chain has been running.
   */
  public static CurationReport run(RootConfig config, List<Path> inputs, Path outputDir, Terminal terminal) {
    return run(config, inputs, outputDir, terminal.writer(), BATCH_SIZE, Optional.of(terminal));
  }

  /** As {@link #run(RootConfig, List, Path, PrintWriter)}, with slices of {@code batchSize} examples. */
  static CurationReport run(RootConfig config, List<Path> inputs, Path outputDir, PrintWriter progress,
      int batchSize) {
    return run(config, inputs, outputDir, progress, batchSize, Optional.empty());
  }

  private static CurationReport run(RootConfig config, List<Path> inputs, Path outputDir, PrintWriter progress,
      int batchSize, Optional<Terminal> live) {
    long started = System.nanoTime();
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(outputDir, "outputDir");
    List<InputFormat> formats = CurateInputs.check(inputs);
    CurateFiles files = new CurateFiles(RunFolder.prepare(outputDir.toString()));
    files.clearWork();
    CurationReport report;
    try {
      report = curate(config, inputs, formats, files, new Feedback(progress, live), started, batchSize);
    } finally {
      // Success or failure, the work files are of no further use: a rerun rebuilds them from the inputs.
      files.clearWork();
    }
    progress.println("wrote " + report.kept() + " examples to " + files.dir());
    progress.flush();
    return report;
  }

  private static CurationReport curate(RootConfig config, List<Path> inputs, List<InputFormat> formats,
      CurateFiles files, Feedback feedback, long started, int batchSize) {
    CurateConfig curate = config.curate();
    PrintWriter progress = feedback.lines();
    progress.println("reading " + inputs.size() + " input file" + (inputs.size() == 1 ? "" : "s"));
    progress.flush();
    AtomicLong examplesRead = new AtomicLong();
    CurateInputs.Read read;
    try (Feedback.Ticker ticker = feedback.ticker(new ProgressLine("curate: reading", "examples", 0, false),
        examplesRead::get)) {
      read = CurateInputs.read(inputs, formats, config.language(), config.badRecords().equals("reject"),
          files.workSlices(), batchSize, examplesRead);
    }
    String steps = curate.enabledSteps().stream().map(CurateStep::key).collect(Collectors.joining(" -> "));
    progress.println("read " + read.examples() + " examples"
        + (read.rejects().isEmpty() ? "" : " (" + read.rejects().size() + " malformed records rejected)")
        + "; curating on " + config.runner().name() + ": " + steps);
    if (curate.semanticDuplicate().enabled() && config.language().equals("zh")) {
      progress.println("warning: semantic_duplicate uses an English embedding model; its scores on Chinese "
          + "text are unreliable");
    }
    progress.flush();
    try (Feedback.Ticker ticker = feedback.ticker(ProgressLine.elapsed("curate: " + steps), () -> 0)) {
      CurateBeamRun.run(config.runner(), curate, files, read.slices());
    }
    return CurateOutputs.write(files, new CurateOutputs.Run(config.language(), config.runner().name(), curate,
        read, started));
  }

  /** Where lines go, and the terminal for live progress lines when the caller shows them. */
  private record Feedback(PrintWriter lines, Optional<Terminal> live) {

    /** A progress line that ends with the block it guards. */
    interface Ticker extends AutoCloseable {
      @Override
      void close();
    }

    Ticker ticker(ProgressLine line, LongSupplier done) {
      if (live.isEmpty()) {
        return () -> { };
      }
      ProgressTicker ticker = ProgressTicker.start(live.get(), line, done);
      return ticker::close;
    }
  }
}
