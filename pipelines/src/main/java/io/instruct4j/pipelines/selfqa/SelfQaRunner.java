package io.instruct4j.pipelines.selfqa;

import io.instruct4j.core.beam.LlmCounters;
import io.instruct4j.core.beam.WriteJsonl;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.Runners;
import io.instruct4j.selfqa.pipeline.SelfQaResult;
import io.instruct4j.selfqa.pipeline.SelfQaSpec;
import io.instruct4j.selfqa.pipeline.SelfQaTransform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;

/** Runs the Self-QA Beam pipeline on the configured runner, writing its outputs into {@code work/}. */
final class SelfQaRunner {

  private final RunnerConfig runner;
  private final LlmClientFactory llm;

  SelfQaRunner(RunnerConfig runner, LlmClientFactory llm) {
    this.runner = runner;
    this.llm = llm;
  }

  /** Runs the pipeline; returns the LLM counters per stage. */
  Map<String, Map<String, Long>> run(SelfQaSpec spec, SelfQaFiles files) {
    deleteTree(files.work());
    Pipeline pipeline = Pipeline.create(Runners.options(runner, "self-qa"));
    SelfQaResult result = pipeline.apply("SelfQa", new SelfQaTransform(spec, llm));
    result.documents().apply("WriteDocuments", WriteJsonl.to(files.work(SelfQaFiles.DOCUMENTS)));
    result.chunks().apply("WriteChunks", WriteJsonl.to(files.work(SelfQaFiles.CHUNKS)));
    result.questions().apply("WriteQuestions", WriteJsonl.to(files.work(SelfQaFiles.QUESTIONS)));
    result.examples().apply("WriteExamples", WriteJsonl.to(files.work(SelfQaFiles.EXAMPLES)));
    result.rejects().apply("WriteRejects", WriteJsonl.to(files.work(SelfQaFiles.REJECTS)));
    result.deadLetters().apply("WriteDeadLetters", WriteJsonl.to(files.work(SelfQaFiles.DEAD_LETTERS)));
    PipelineResult run = pipeline.run();
    PipelineResult.State state = run.waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the Self-QA pipeline ended in state " + state + "; rerun to resume (cached calls are free)");
    }
    return LlmCounters.read(run);
  }

  /** A killed run may have left partial work files; the pipeline starts over (its calls are cached). */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the work folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
