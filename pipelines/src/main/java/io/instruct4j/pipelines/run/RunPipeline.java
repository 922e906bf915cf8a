package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.RunFolder;
import io.instruct4j.pipelines.progress.Terminal;
import java.nio.file.Path;

/**
 * {@code instruct4j run}: generate → curate → export → (train) in one run folder, each stage
 * skipped while it is done and nothing it depends on changed. See {@link RunDriver} for a start's
 * steps, {@link StageFingerprints} for what "changed" means, and {@link DryRun} for the plan that
 * calls no model.
 *
 * <p>Run folder layout: {@code run-state.json}, {@code llm-cache.sqlite} (one response cache for
 * every stage), and one folder per stage: {@code self-instruct/}, {@code self-qa/},
 * {@code self-kg/}, {@code curate/}, {@code export/}, {@code train/}.
 */
public final class RunPipeline {

  private RunPipeline() {}

  /**
   * Runs (or resumes) the run {@code config} describes.
   *
   * @param fallbackName the run's name when {@code run.name} is not set (the config file's name), or null
   * @param terminal where the plan, progress and per-stage results go
   * @throws IllegalArgumentException for a config or input mistake, before any stage runs
   * @throws RunFailedException when a stage fails; finished stages stay done
   */
  public static RunSummary run(RootConfig config, RunOptions options, String fallbackName, Terminal terminal) {
    if (options.dryRun()) {
      throw new IllegalArgumentException("a dry run does not run: call DryRun.check");
    }
    long started = System.nanoTime();
    Path runDir = RunFolder.prepare(RunPlan.of(config, options, fallbackName).runDir().toString());
    try (RunLock lock = RunLock.acquire(runDir)) {
      return new RunDriver(RunSetup.prepare(config, options, fallbackName), terminal, started).run();
    }
  }
}
