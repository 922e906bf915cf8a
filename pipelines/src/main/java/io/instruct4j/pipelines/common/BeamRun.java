package io.instruct4j.pipelines.common;

import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.Runners;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;

/** Creates and runs a generator's Beam pipeline on the configured runner, to the end or to a clear error. */
public final class BeamRun {

  private BeamRun() {}

  /** An empty pipeline for {@code runner}, its job named {@code jobName}. */
  public static Pipeline create(RunnerConfig runner, String jobName) {
    return Pipeline.create(Runners.options(runner, jobName));
  }

  /**
   * Runs {@code pipeline} and waits for it; a pipeline that does not finish is an error naming
   * {@code what} (e.g. {@code the Self-QA pipeline}). The result holds the counters.
   */
  public static PipelineResult finish(Pipeline pipeline, String what) {
    PipelineResult run = pipeline.run();
    PipelineResult.State state = run.waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException(what + " ended in state " + state
          + "; rerun to resume (cached calls are free)");
    }
    return run;
  }
}
