package io.instruct4j.pipelines.selfqa;

import io.instruct4j.core.beam.LlmCounters;
import io.instruct4j.core.beam.WriteJsonl;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.common.BeamRun;
import io.instruct4j.pipelines.common.StageFiles;
import io.instruct4j.selfqa.pipeline.SelfQaResult;
import io.instruct4j.selfqa.pipeline.SelfQaSpec;
import io.instruct4j.selfqa.pipeline.SelfQaTransform;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;

/** Runs the Self-QA Beam pipeline on the configured runner, writing its outputs into {@code work/}. */
final class SelfQaRunner {

  private final RunnerConfig runner;
  private final LlmClientFactory llm;

  SelfQaRunner(RunnerConfig runner, LlmClientFactory llm) {
    this.runner = runner;
    this.llm = llm;
  }

  /** Runs the pipeline; returns the LLM counters per stage. */
  Map<String, Map<String, Long>> run(SelfQaSpec spec, StageFiles files) {
    // A killed run may have left partial work files; the pipeline starts over (its calls are cached).
    StageFiles.deleteTree(files.work());
    Pipeline pipeline = BeamRun.create(runner, "self-qa");
    SelfQaResult result = pipeline.apply("SelfQa", new SelfQaTransform(spec, llm));
    result.documents().apply("WriteDocuments", WriteJsonl.to(files.work(SelfQaOutputs.DOCUMENTS)));
    result.chunks().apply("WriteChunks", WriteJsonl.to(files.work(SelfQaOutputs.CHUNKS)));
    result.questions().apply("WriteQuestions", WriteJsonl.to(files.work(SelfQaOutputs.QUESTIONS)));
    result.examples().apply("WriteExamples", WriteJsonl.to(files.work(StageFiles.EXAMPLES)));
    result.rejects().apply("WriteRejects", WriteJsonl.to(files.work(StageFiles.REJECTS)));
    result.deadLetters().apply("WriteDeadLetters", WriteJsonl.to(files.work(StageFiles.DEAD_LETTERS)));
    return LlmCounters.read(BeamRun.finish(pipeline, "the Self-QA pipeline"));
  }
}
