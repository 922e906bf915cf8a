package io.instruct4j.pipelines.selfinstruct;

import io.instruct4j.core.beam.LlmCounters;
import io.instruct4j.core.beam.WriteJsonl;
import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.Runners;
import io.instruct4j.selfinstruct.pipeline.BootstrapRound;
import io.instruct4j.selfinstruct.pipeline.RoundResult;
import io.instruct4j.selfinstruct.pipeline.RoundSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;

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
    clearLeftovers(files.dir());
    Pipeline pipeline = Pipeline.create(Runners.options(runner, "self-instruct-round-" + spec.round()));
    RoundResult result = pipeline.apply("Round" + spec.round(), new BootstrapRound(spec, llm));
    result.instructions().apply("WriteInstructions", WriteJsonl.to(files.instructions()));
    result.classified().apply("WriteClassified", WriteJsonl.to(files.classified()));
    result.examples().apply("WriteExamples", WriteJsonl.to(files.examples()));
    result.rejects().apply("WriteRejects", WriteJsonl.to(files.rejects()));
    result.deadLetters().apply("WriteDeadLetters", WriteJsonl.to(files.deadLetters()));
    PipelineResult run = pipeline.run();
    PipelineResult.State state = run.waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("round " + spec.round() + " ended in state " + state);
    }
    Map<String, Map<String, Long>> counters = LlmCounters.read(run);
    AtomicFiles.writeString(files.done(), Json.toLine(new RoundDone(spec.round(), spec.requests().size(), counters)));
    return counters;
  }

  /** A killed run may have left partial files; the round starts over (its calls are cached). */
  private static void clearLeftovers(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the unfinished round folder " + dir, e);
    }
  }
}
