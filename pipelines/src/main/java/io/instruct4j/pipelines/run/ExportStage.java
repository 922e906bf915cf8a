package io.instruct4j.pipelines.run;

import io.instruct4j.finetune.export.ExportConfig;
import io.instruct4j.finetune.export.ExportReport;
import io.instruct4j.finetune.export.Exporter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exports the curated dataset into trainer-ready files (formats and split from {@code export:}). */
final class ExportStage implements StageWork {

  @Override
  public List<String> llmSteps() {
    return List.of();
  }

  @Override
  public StageOutcome run(StageContext context) {
    Path dir = context.dir(Stage.EXPORT);
    Path input = context.dir(Stage.CURATE).resolve("examples.jsonl");
    ExportConfig export = context.config().export();
    ExportReport report = Exporter.run(export, input, dir, context.config().language());
    Map<String, String> outputs = new LinkedHashMap<>();
    for (ExportReport.ExportedFile f : report.files()) {
      outputs.put(f.format() + "_" + f.split(), context.relative(dir.resolve(f.file())));
    }
    outputs.put("dataset_info", context.relative(dir.resolve(report.datasetInfo())));
    outputs.put("report", context.relative(dir.resolve(Exporter.REPORT_JSON)));
    return new StageOutcome(report.examples(), report.train() + report.validation(), LlmUsage.NONE, outputs,
        report.toText().stripTrailing());
  }
}
