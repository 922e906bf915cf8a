package io.instruct4j.pipelines.report;

import io.instruct4j.finetune.export.ExportReport;
import io.instruct4j.pipelines.run.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Export: the train/validation split per method, the files written, and the exporter's warnings. */
final class ExportSection {

  static final String TITLE = "Export";
  static final String REPORT = "export-report.json";

  private ExportSection() {}

  static StageSection build(Path dir) {
    Path file = dir.resolve(REPORT);
    if (!Files.exists(file)) {
      return StageSection.unfinished(Stage.EXPORT, TITLE, REPORT);
    }
    ExportReport r = ReportInputs.readJson(file, ExportReport.class, "an export-report.json");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, TITLE));
    blocks.add(new Block.Text(String.format(Locale.ROOT,
        "%d examples: %d train, %d validation (validation_fraction %s, seed %d).",
        r.examples(), r.train(), r.validation(), r.validationFraction(), r.seed())));
    List<List<String>> methods = new ArrayList<>();
    r.byMethod().forEach((method, c) -> methods.add(List.of(method, Fmt.count(c.train()), Fmt.count(c.validation()),
        Fmt.count(c.total()))));
    methods.add(List.of("total", Fmt.count(r.train()), Fmt.count(r.validation()), Fmt.count(r.examples())));
    blocks.add(new Block.Table("Split by method", List.of("Method", "Train", "Validation", "Total"), methods));
    List<List<String>> files = new ArrayList<>();
    for (ExportReport.ExportedFile f : r.files()) {
      files.add(List.of(f.file(), f.format(), f.split(), Fmt.count(f.examples()), f.datasetName()));
    }
    blocks.add(new Block.Table("Files (LLaMA-Factory dataset_info: " + r.datasetInfo() + ")",
        List.of("File", "Format", "Split", "Rows", "Dataset name"), files));
    if (!r.warnings().isEmpty()) {
      blocks.add(new Block.Text("Warnings:"));
      blocks.add(new Block.Bullets(r.warnings()));
    }
    return new StageSection(Stage.EXPORT, true, Fmt.count(r.examples(), "example", "examples"),
        r.train() + " train + " + r.validation() + " validation", 0, 0, null, null, blocks);
  }
}
