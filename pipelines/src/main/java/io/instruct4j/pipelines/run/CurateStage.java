package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.curate.CuratePipeline;
import io.instruct4j.pipelines.curate.CurationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Curates the generators' datasets together, in generator order (so of two duplicates across
 * generators the earlier generator's is kept), followed by any extra files named in
 * {@code curate.inputs}. No model is called.
 */
final class CurateStage implements StageWork {

  @Override
  public List<String> llmSteps() {
    return List.of();
  }

  /** The curate stage's input files, in order. */
  static List<Path> inputs(StageContext context) {
    List<Path> inputs = new ArrayList<>();
    for (Stage g : context.generators()) {
      inputs.add(context.dir(g).resolve(GeneratorStage.dataset(g)));
    }
    context.config().curate().inputs().forEach(extra -> inputs.add(Path.of(extra)));
    return inputs;
  }

  @Override
  public StageOutcome run(StageContext context) {
    Path dir = context.dir(Stage.CURATE);
    CurationReport report = CuratePipeline.run(context.config(), inputs(context), dir, context.progress());
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("dataset", context.relative(dir.resolve("examples.jsonl")));
    outputs.put("finetune", context.relative(dir.resolve("finetune.jsonl")));
    outputs.put("rejects", context.relative(dir.resolve("rejects.jsonl")));
    outputs.put("clusters", context.relative(dir.resolve("clusters.jsonl")));
    outputs.put("report", context.relative(dir.resolve("curation-report.json")));
    return new StageOutcome(report.examples(), report.kept(), LlmUsage.NONE, outputs, report.toText());
  }
}
