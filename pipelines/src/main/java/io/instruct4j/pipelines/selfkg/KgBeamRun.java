package io.instruct4j.pipelines.selfkg;

import io.instruct4j.core.beam.JsonCoder;
import io.instruct4j.core.beam.LlmCounters;
import io.instruct4j.core.beam.StepResult;
import io.instruct4j.core.beam.WriteJsonl;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.Example;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.common.BeamRun;
import io.instruct4j.pipelines.common.StageFiles;
import io.instruct4j.selfkg.SelfKgConfig;
import io.instruct4j.selfkg.kg.Triple;
import io.instruct4j.selfkg.pipeline.GenerateFromKg;
import io.instruct4j.selfkg.pipeline.SelfKgCounters;
import io.instruct4j.selfkg.template.RelationTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SimpleFunction;

/**
 * Runs the Self-KG Beam pipeline over the run's {@code facts.jsonl} and writes its examples,
 * rejects and dead letters under {@code work/}. The whole generation is one pipeline: a rerun
 * repeats it, and the response cache makes every call that finished before free.
 */
final class KgBeamRun {

  /**
   * What the pipeline counted.
   *
   * @param llm LLM counters per stage
   * @param steps Self-KG step counters ({@link SelfKgCounters})
   */
  record Counts(Map<String, Map<String, Long>> llm, Map<String, Long> steps) {}

  /** The run folder's distinct facts, the pipeline's input. */
  static final String FACTS = "facts.jsonl";

  private final RunnerConfig runner;
  private final LlmClientFactory llm;

  KgBeamRun(RunnerConfig runner, LlmClientFactory llm) {
    this.runner = runner;
    this.llm = llm;
  }

  Counts run(Path facts, StageFiles files, SelfKgConfig config, String language, RelationTemplates templates) {
    // A killed run may have left partial files; the pipeline starts over (its calls are cached).
    StageFiles.deleteTree(files.work());
    Pipeline pipeline = BeamRun.create(runner, "self-kg");
    StepResult<Example> result = pipeline
        .apply("ReadFacts", TextIO.read().from(facts.toAbsolutePath().toString()))
        .apply("ParseFacts", MapElements.via(new ParseTriple())).setCoder(JsonCoder.of(Triple.class))
        .apply("SelfKg", new GenerateFromKg(config, language, templates, llm));
    result.output().apply("WriteExamples", WriteJsonl.to(files.work(StageFiles.EXAMPLES)));
    result.rejects().apply("WriteRejects", WriteJsonl.to(files.work(StageFiles.REJECTS)));
    result.deadLetters().apply("WriteDeadLetters", WriteJsonl.to(files.work(StageFiles.DEAD_LETTERS)));
    PipelineResult run = BeamRun.finish(pipeline, "the Self-KG pipeline");
    return new Counts(LlmCounters.read(run), SelfKgCounters.read(run));
  }

  static final class ParseTriple extends SimpleFunction<String, Triple> {
    @Override
    public Triple apply(String line) {
      try {
        return Json.MAPPER.readValue(line, Triple.class);
      } catch (IOException e) {
        throw new IllegalStateException("facts.jsonl holds a line that is not a fact (" + e.getMessage()
            + "); delete the run folder's facts.jsonl and rerun", e);
      }
    }
  }
}
