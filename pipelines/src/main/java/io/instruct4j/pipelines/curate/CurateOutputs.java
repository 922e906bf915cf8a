package io.instruct4j.pipelines.curate;

import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.JsonlWriter;
import io.instruct4j.core.io.OutputFileException;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.curate.Candidate;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.filters.curate.CurateStep;
import io.instruct4j.filters.curate.StepCluster;
import io.instruct4j.filters.curate.StepReject;
import io.instruct4j.pipelines.common.Pretty;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the pipeline's unordered work files into the outputs, each sorted by input position (and
 * rejects and clusters by chain step first), so every runner and every rerun writes the same
 * bytes; then the report.
 */
final class CurateOutputs {

  private CurateOutputs() {}

  /** A plain training row, the shape every trainer reads. */
  record FinetuneRow(String instruction, String input, String output) {}

  /** The run facts the report needs besides the files. */
  record Run(String language, String runner, CurateConfig config, CurateInputs.Read read, long startedNanos) {}

  static CurationReport write(CurateFiles files, Run run) {
    List<Candidate> kept = new ArrayList<>(CurateFiles.read(files.workKept(), Candidate.class));
    kept.sort(Comparator.comparingLong(Candidate::position));
    List<StepReject> stepRejects = new ArrayList<>(CurateFiles.read(files.workRejects(), StepReject.class));
    stepRejects.sort(Comparator.comparing(StepReject::step).thenComparingLong(StepReject::position));
    List<StepCluster> clusters = new ArrayList<>(CurateFiles.read(files.workClusters(), StepCluster.class));
    clusters.sort(Comparator.comparing(StepCluster::step).thenComparingLong(StepCluster::position));

    List<Example> examples = kept.stream().map(Candidate::example).toList();
    List<Reject> rejects = new ArrayList<>(run.read().rejects());
    stepRejects.forEach(r -> rejects.add(r.reject()));
    // The report is built (and its sums checked) before any output file is replaced.
    CurationReport report = report(run, kept.size(), stepRejects, clusters);

    // Each file is replaced atomically, but a run killed between two files would leave a mix of
    // old and new ones; the report goes first and comes back last, so its presence marks a
    // complete, consistent set.
    deleteReport(files);
    JsonlWriter.writeAll(files.file(CurateFiles.EXAMPLES), examples);
    JsonlWriter.writeAll(files.file(CurateFiles.FINETUNE),
        examples.stream().map(e -> new FinetuneRow(e.instruction(), e.input(), e.output())).toList());
    JsonlWriter.writeAll(files.file(CurateFiles.REJECTS), rejects);
    JsonlWriter.writeAll(files.file(CurateFiles.CLUSTERS), clusters.stream().map(StepCluster::cluster).toList());
    AtomicFiles.writeString(files.file(CurateFiles.REPORT), Pretty.json(report) + "\n");
    return report;
  }

  private static void deleteReport(CurateFiles files) {
    try {
      Files.deleteIfExists(files.file(CurateFiles.REPORT));
    } catch (IOException e) {
      throw new OutputFileException("cannot replace " + files.file(CurateFiles.REPORT) + ": " + e.getMessage(), e);
    }
  }

  private static List<FilterCount> counts(Map<String, Long> byFilter) {
    List<FilterCount> out = new ArrayList<>();
    byFilter.forEach((filter, n) -> out.add(new FilterCount(filter, n)));
    return out;
  }

  private static CurationReport report(Run run, long kept, List<StepReject> rejects, List<StepCluster> clusters) {
    Map<CurateStep, Long> rejectedByStep = new TreeMap<>();
    Map<String, Long> rejectedByQualityFilter = new LinkedHashMap<>();
    run.config().qualityChain().names().forEach(name -> rejectedByQualityFilter.put(name, 0L));
    for (StepReject r : rejects) {
      rejectedByStep.merge(r.step(), 1L, Long::sum);
      if (r.step() == CurateStep.QUALITY) {
        rejectedByQualityFilter.merge(r.reject().filter(), 1L, Long::sum);
      }
    }
    Map<CurateStep, Long> clustersByStep = new TreeMap<>();
    clusters.forEach(c -> clustersByStep.merge(c.step(), 1L, Long::sum));

    List<StepReport> steps = new ArrayList<>();
    long flowing = run.read().examples();
    for (CurateStep step : run.config().enabledSteps()) {
      long rejected = rejectedByStep.getOrDefault(step, 0L);
      boolean quality = step == CurateStep.QUALITY;
      steps.add(new StepReport(step.key(), flowing, rejected, flowing - rejected,
          quality ? counts(rejectedByQualityFilter) : null, quality ? null : clustersByStep.getOrDefault(step, 0L)));
      flowing -= rejected;
    }
    Map<String, Long> readRejected = new TreeMap<>();
    run.read().rejects().forEach(r -> readRejected.merge(r.filter(), 1L, Long::sum));
    double seconds = (System.nanoTime() - run.startedNanos()) / 1e9;
    long examples = run.read().examples();
    return new CurationReport(run.language(), run.runner(), run.read().files(), readRejected, examples, steps,
        run.config().disabledSteps().stream().map(CurateStep::key).toList(), kept,
        Math.round(seconds * 100) / 100.0, seconds > 0 ? Math.round(examples / seconds * 10) / 10.0 : 0.0);
  }
}
