package io.instruct4j.pipelines;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Turns a {@link RunnerConfig} into Beam pipeline options, so every pipeline picks its runner the same way. */
public final class Runners {

  private Runners() {}

  /** Pipeline options for the configured runner, with the job named after the run. */
  public static PipelineOptions options(RunnerConfig runner, String jobName) {
    return options(runner, jobName, 0);
  }

  /**
   * As {@link #options(RunnerConfig, String)}, with the DirectRunner's thread count when
   * {@code runner.parallelism} is unset: {@code directParallelism}, or Beam's default for 0.
   */
  public static PipelineOptions options(RunnerConfig runner, String jobName, int directParallelism) {
    List<String> args = new ArrayList<>();
    args.add("--runner=" + runner.name());
    args.add("--jobName=" + jobName.replaceAll("[^A-Za-z0-9-]", "-").toLowerCase(java.util.Locale.ROOT));
    if (runner.isFlink()) {
      args.add("--flinkMaster=" + runner.flinkMaster());
      if (runner.parallelism() > 0) {
        args.add("--parallelism=" + runner.parallelism());
      }
      // Beam's Flink runner defaults to streaming checks on some paths; our jobs are bounded batches.
      args.add("--streaming=false");
    } else {
      if (runner.parallelism() > 0) {
        args.add("--targetParallelism=" + runner.parallelism());
      } else if (directParallelism > 0) {
        args.add("--targetParallelism=" + directParallelism);
      }
      // Our DoFns are immutable-safe; skipping the encodability checks keeps laptop runs fast.
      args.add("--enforceImmutability=false");
    }
    return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().create();
  }
}
