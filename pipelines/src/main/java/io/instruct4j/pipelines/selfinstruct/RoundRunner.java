package io.instruct4j.pipelines.selfinstruct;

import io.instruct4j.core.beam.LlmCounters;
import io.instruct4j.core.beam.WriteJsonl;
import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.common.BeamRun;
import io.instruct4j.pipelines.common.StageFiles;
import io.instruct4j.selfinstruct.pipeline.BootstrapRound;
import io.instruct4j.selfinstruct.pipeline.RoundResult;
import io.instruct4j.selfinstruct.pipeline.RoundSpec;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;

/** Runs one bootstrap round as a Beam pipeline and records it as finished. */
final class RoundRunner {

  private final RunnerConfig runner;
  private final LlmClientFactory llm;

  RoundRunner(RunnerConfig runner, LlmClientFactory llm) {
    this.runner = runner;
    this.llm = llm;
  }

  /** Runs the round; returns the LLM counters per stage, also saved in {@code done.json}. */
  Map<String, Map<String, Long>> run(RoundSpec spec, RoundFiles files) {
    // A killed run may have left partial files; the round starts over (its calls are cached).
    StageFiles.deleteTree(files.dir());
    Pipeline pipeline = BeamRun.create(runner, "self-instruct-round-" + spec.round());
    RoundResult result = pipeline.apply("Round" + spec.round(), new BootstrapRound(spec, llm));
    result.instructions().apply("WriteInstructions", WriteJsonl.to(files.instructions()));
    result.classified().apply("WriteClassified", WriteJsonl.to(files.classified()));
    result.examples().apply("WriteExamples", WriteJsonl.to(files.examples()));
    result.rejects().apply("WriteRejects", WriteJsonl.to(files.rejects()));
    result.deadLetters().apply("WriteDeadLetters", WriteJsonl.to(files.deadLetters()));
    Map<String, Map<String, Long>> counters = LlmCounters.read(BeamRun.finish(pipeline, "round " + spec.round()));
    AtomicFiles.writeString(files.done(), Json.toLine(new RoundDone(spec.round(), spec.requests().size(), counters)));
    return counters;
  }
}
