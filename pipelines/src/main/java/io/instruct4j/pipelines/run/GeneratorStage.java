package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.selfinstruct.SelfInstructPipeline;
import io.instruct4j.pipelines.selfinstruct.SelfInstructSummary;
import io.instruct4j.pipelines.selfkg.SelfKgPipeline;
import io.instruct4j.pipelines.selfkg.SelfKgSummary;
import io.instruct4j.pipelines.selfqa.SelfQaPipeline;
import io.instruct4j.pipelines.selfqa.SelfQaSummary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one generator with its output folder inside the run folder. Each generator is resumable on
 * its own (Self-Instruct keeps finished rounds; all of them replay finished calls from the cache),
 * so a stage that was killed is simply run again.
 */
final class GeneratorStage implements StageWork {

  private final Stage stage;

  GeneratorStage(Stage stage) {
    if (!stage.isGenerator()) {
      throw new IllegalArgumentException(stage.key() + " is not a generator");
    }
    this.stage = stage;
  }

  /** The file of Example records a generator writes (curate's input), relative to its folder. */
  static String dataset(Stage stage) {
    // Self-Instruct's examples.jsonl-equivalent is instances.jsonl: its instructions.jsonl holds the pool.
    return stage == Stage.SELF_INSTRUCT ? "instances.jsonl" : "examples.jsonl";
  }

  @Override
  public List<String> llmSteps() {
    return switch (stage) {
      case SELF_INSTRUCT -> List.of("bootstrap", "classify", "instances");
      case SELF_QA -> List.of("questions", "answers");
      default -> List.of("generate");
    };
  }

  @Override
  public StageOutcome run(StageContext context) {
    RootConfig config = context.config();
    Path dir = context.dir(stage);
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("dataset", context.relative(dir.resolve(dataset(stage))));
    outputs.put("finetune", context.relative(dir.resolve("finetune.jsonl")));
    outputs.put("rejects", context.relative(dir.resolve("rejects.jsonl")));
    outputs.put("dead_letters", context.relative(dir.resolve("dead-letters.jsonl")));
    outputs.put("summary", context.relative(dir.resolve("summary.json")));
    return switch (stage) {
      case SELF_INSTRUCT -> {
        SelfInstructSummary s = SelfInstructPipeline.run(config, context.progress());
        yield new StageOutcome(s.seedTasks(), s.instances().examples(), LlmUsage.of(s.llm()), outputs, s.toText());
      }
      case SELF_QA -> {
        SelfQaSummary s = SelfQaPipeline.run(config, context.progress());
        yield new StageOutcome(s.documents().inputs(), s.answers().examples(), LlmUsage.of(s.llm()), outputs,
            s.toText());
      }
      default -> {
        SelfKgSummary s = SelfKgPipeline.run(config, context.progress());
        yield new StageOutcome(s.read().facts(), s.qa().examples(), LlmUsage.of(s.llm()), outputs, s.toText());
      }
    };
  }
}
