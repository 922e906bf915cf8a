package io.instruct4j.pipelines.curate;

import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.Runners;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;

/** Runs the curation pipeline on the configured runner over the slice files the driver wrote. */
final class CurateBeamRun {

  private CurateBeamRun() {}

  /**
   * The DirectRunner's threads when {@code runner.parallelism} is unset: one fewer than the cores.
   * The DirectRunner drives a pipeline from a task that resubmits itself to its own thread pool
   * without ever waiting, so with more than one thread one of them spins; Beam's default of three
   * threads on a 2-core machine left the real work a fraction of the CPU (100K short examples
   * took 8.0 s with two threads and 5.7 s with one). The dedup step uses every core for hashing
   * on its own.
   */
  static int directParallelism() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }

  static void run(RunnerConfig runner, CurateConfig config, CurateFiles files, List<String> slices) {
    Pipeline pipeline = Pipeline.create(Runners.options(runner, "curate", directParallelism()));
    pipeline
        .apply("Slices", Create.of(slices).withCoder(StringUtf8Coder.of()))
        .apply("Curate", new CurateCorpus(config, files.workSlices(), files.workOutputs()));
    PipelineResult.State state = pipeline.run().waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the curation pipeline ended in state " + state);
    }
  }
}
