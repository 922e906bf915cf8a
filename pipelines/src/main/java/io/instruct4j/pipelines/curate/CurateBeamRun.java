package io.instruct4j.pipelines.curate;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.WriteJsonl;
import io.instruct4j.core.io.Json;
import io.instruct4j.filters.curate.Candidate;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.Runners;
import java.io.IOException;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SimpleFunction;

/**
 * Runs the curation pipeline on the configured runner: candidates from the work file through
 * {@link CurateCorpus}, results to the work folder (in no particular order; the driver sorts).
 */
final class CurateBeamRun {

  private CurateBeamRun() {}

  static void run(RunnerConfig runner, CurateConfig config, CurateFiles files) {
    Pipeline pipeline = Pipeline.create(Runners.options(runner, "curate"));
    CurateResult result = pipeline
        .apply("ReadCandidates", TextIO.read().from(files.workCandidates().toAbsolutePath().toString()))
        .apply("ParseCandidates", MapElements.via(new ParseCandidate())).setCoder(JsonCoder.of(Candidate.class))
        .apply("Curate", new CurateCorpus(config));
    result.kept().apply("WriteKept", WriteJsonl.to(files.workKept()));
    result.rejects().apply("WriteRejects", WriteJsonl.to(files.workRejects()));
    result.clusters().apply("WriteClusters", WriteJsonl.to(files.workClusters()));
    PipelineResult.State state = pipeline.run().waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the curation pipeline ended in state " + state);
    }
  }

  static final class ParseCandidate extends SimpleFunction<String, Candidate> {
    @Override
    public Candidate apply(String line) {
      try {
        return Json.MAPPER.readValue(line, Candidate.class);
      } catch (IOException e) {
        // The driver wrote this file a moment ago; a bad line means it was changed underneath us.
        throw new IllegalStateException("the curation work file holds a line that is not a candidate ("
            + e.getMessage() + "); rerun", e);
      }
    }
  }
}
