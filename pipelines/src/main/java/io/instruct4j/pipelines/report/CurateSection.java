package io.instruct4j.pipelines.report;

import static io.instruct4j.pipelines.report.ReportInputs.required;

import io.instruct4j.filters.curate.ClusterLine;
import io.instruct4j.pipelines.curate.CurationReport;
import io.instruct4j.pipelines.curate.FilterCount;
import io.instruct4j.pipelines.curate.InputFileReport;
import io.instruct4j.pipelines.curate.StepReport;
import io.instruct4j.pipelines.run.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Curation: the inputs, the chain as one funnel (quality filters, then each dedup step) from
 * {@code curation-report.json}, the duplicate clusters per dedup step (checked against
 * {@code clusters.jsonl}), and rejects by reason.
 */
final class CurateSection {

  static final String TITLE = "Curation";
  static final String REPORT = "curation-report.json";
  static final String CLUSTERS = "clusters.jsonl";

  private CurateSection() {}

  static StageSection build(Path dir) {
    Path file = dir.resolve(REPORT);
    if (!Files.exists(file)) {
      return StageSection.unfinished(Stage.CURATE, TITLE, REPORT);
    }
    CurationReport r = ReportInputs.readJson(file, CurationReport.class, "a curation-report.json");
    List<StepReport> steps = required(r.steps(), file, "steps");

    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, TITLE));
    blocks.add(new Block.Text(String.format(Locale.ROOT, "Language %s, runner %s; %.1f s. Steps switched off: %s. "
            + "Malformed input records (never examples): %s.", r.language(), r.runner(), r.wallTimeSeconds(),
        r.disabled() == null || r.disabled().isEmpty() ? "none" : String.join(", ", r.disabled()),
        Fmt.counts(ReportInputs.orEmpty(r.readRejected())))));
    if (r.inputs() != null && !r.inputs().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (InputFileReport in : r.inputs()) {
        rows.add(List.of(in.file(), in.format(), Fmt.count(in.records()), Fmt.count(in.examples()),
            Fmt.count(in.malformed())));
      }
      blocks.add(new Block.Table("Inputs", List.of("File", "Format", "Records", "Examples", "Malformed"), rows));
    }

    blocks.add(new Block.Heading(3, "Funnel"));
    Funnel.Builder funnel = Funnel.of("Curation chain", "examples read", r.examples());
    List<List<String>> clusterRows = new ArrayList<>();
    long clusterTotal = 0;
    for (StepReport step : steps) {
      if (step.rejectedBy() != null) {
        for (FilterCount f : step.rejectedBy()) {
          funnel.minus(step.step() + ": " + f.filter(), f.rejected());
        }
      } else {
        funnel.minus(step.step(), step.rejected());
      }
      if (step.clusters() != null) {
        clusterRows.add(List.of(step.step(), Fmt.count(step.clusters()), Fmt.count(step.rejected())));
        clusterTotal += step.clusters();
      }
    }
    blocks.addAll(funnel.to("kept", r.kept()).blocks());

    blocks.add(new Block.Heading(3, "Duplicate clusters"));
    if (clusterRows.isEmpty()) {
      blocks.add(new Block.Text("No dedup step ran."));
    } else {
      clusterRows.add(List.of("total", Fmt.count(clusterTotal), ""));
      blocks.add(new Block.Table("Duplicate clusters (" + CLUSTERS + ")",
          List.of("Step", "Clusters", "Duplicates removed"), clusterRows));
      long lines = ReportInputs.count(dir.resolve(CLUSTERS), ClusterLine.class);
      if (lines != clusterTotal) {
        blocks.add(new Block.Text("Warning: " + CLUSTERS + " holds " + lines + " clusters but " + REPORT + " counts "
            + clusterTotal + ". The files may come from different runs."));
      }
    }

    blocks.add(new Block.Heading(3, "Rejects"));
    RejectTally rejects = RejectTally.read(dir.resolve(StageFiles.REJECTS));
    blocks.addAll(rejects.blocks(TITLE, "curate-rejects.png"));
    return new StageSection(Stage.CURATE, true, Fmt.count(r.examples(), "example", "examples"),
        Fmt.count(r.kept(), "example", "examples"), rejects.total(), 0, null, r.wallTimeSeconds(), blocks);
  }
}
