package io.instruct4j.pipelines.selfinstruct;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.io.SeedTask;
import io.instruct4j.core.io.SeedTasks;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.RunFolder;
import io.instruct4j.selfinstruct.SelfInstructConfig;
import io.instruct4j.selfinstruct.pipeline.PoolEntry;
import io.instruct4j.selfinstruct.pipeline.RoundPlanner;
import io.instruct4j.selfinstruct.pipeline.RoundSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-Instruct end to end: bootstrap rounds until a stop condition, each round one Beam
 * pipeline whose outputs are on disk before the next starts; then the run's files and summary.
 * A rerun with the same config skips finished rounds and replays the unfinished one from the
 * response cache, so it ends with the same set and pays for nothing twice.
 */
public final class SelfInstructPipeline {

  private SelfInstructPipeline() {}

  /** Runs (or resumes) the job described by {@code config}; progress lines go to {@code progress}. */
  public static SelfInstructSummary run(RootConfig config, PrintWriter progress) {
    long started = System.nanoTime();
    SelfInstructConfig si = config.selfInstruct();
    Path seedsFile = seedsFile(si);
    Path runDir = RunFolder.prepare(config.output());
    LlmConfig llm = RunFolder.withDefaultCache(config.llm(), runDir).validated();

    List<Reject> readRejects = new ArrayList<>();
    BadRecords bad = config.badRecords().equals("reject") ? BadRecords.rejectTo(readRejects::add) : BadRecords.fail();
    List<SeedTask> seeds = SeedTasks.open(seedsFile, bad).readAll();
    List<PoolEntry> seedPool = seeds.stream().map(t -> new PoolEntry(t.id(), t.instruction())).toList();
    RoundPlanner planner = new RoundPlanner(
        seeds.stream().map(SeedTask::instruction).toList(), si.humanExamples(), si.machineExamples(), si.seed());
    RoundRunner runner = new RoundRunner(config.runner(), LlmGateway.factory(llm));
    RoundProgress meter = new RoundProgress(progress, si.targetInstructions(), si.maxRounds());

    List<Example> accepted = new ArrayList<>();
    List<RoundFiles> rounds = new ArrayList<>();
    long tokens = 0;
    int resumed = 0;
    String stop;
    for (int round = 1; ; round++) {
      if (accepted.size() >= si.targetInstructions()) {
        stop = "target_reached";
        break;
      }
      if (round > si.maxRounds()) {
        stop = "max_rounds";
        break;
      }
      if (si.tokenBudget() > 0 && tokens >= si.tokenBudget()) {
        stop = "token_budget";
        break;
      }
      RoundFiles files = RoundFiles.of(runDir, round);
      boolean wasDone = files.finished();
      if (wasDone) {
        resumed++;
      } else {
        List<PoolEntry> pool = new ArrayList<>(seedPool);
        accepted.forEach(e -> pool.add(new PoolEntry(e.id(), e.instruction())));
        List<String> machine = accepted.stream().map(Example::instruction).toList();
        meter.starting(round, si.requestsPerRound());
        runner.run(new RoundSpec(si, config.language(), planner.plan(round, si.requestsPerRound(), machine), pool), files);
      }
      List<Example> added = files.readInstructions();
      accepted.addAll(added);
      tokens += readDone(files).workTokens();
      rounds.add(files);
      meter.finished(round, added.size(), accepted.size(), wasDone);
    }
    return RunOutputs.write(runDir, seeds.size(), readRejects, rounds, accepted, stop, resumed, started, config);
  }

  private static Path seedsFile(SelfInstructConfig si) {
    if (si.seeds() == null || si.seeds().isBlank()) {
      throw new IllegalArgumentException(
          "self_instruct.seeds is not set: give --seeds FILE or set self_instruct.seeds in the config");
    }
    Path file = Path.of(si.seeds());
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("seed file " + file.toAbsolutePath() + " does not exist (self_instruct.seeds)");
    }
    return file;
  }

  static RoundDone readDone(RoundFiles files) {
    try {
      return Json.MAPPER.readValue(Files.readString(files.done()), RoundDone.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + files.done() + "; delete that round folder to redo it", e);
    }
  }
}
