package io.instruct4j.pipelines.curate;

import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.io.OutputFileException;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.filters.curate.CurateStep;
import io.instruct4j.pipelines.common.Pretty;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves the chain's output files ({@link ChainOutputs}) from the work folder into the output
 * folder, with the malformed input records put first in {@code rejects.jsonl}; then the report.
 */
final class CurateOutputs {

  private CurateOutputs() {}

  /** The run facts the report needs besides the counts. */
  record Run(String language, String runner, CurateConfig config, CurateInputs.Read read, long startedNanos) {}

  static CurationReport write(CurateFiles files, Run run) {
    Path work = files.workOutputs();
    CurateCounts counts = counts(work.resolve(ChainOutputs.COUNTS));
    // The report is built (and its sums checked) before any output file is replaced.
    CurationReport report = report(run, counts);

    // Each file is replaced atomically, but a run killed between two files would leave a mix of
    // old and new ones; the report goes first and comes back last, so its presence marks a
    // complete, consistent set.
    deleteReport(files);
    AtomicFiles.replace(work.resolve(CurateFiles.EXAMPLES), files.file(CurateFiles.EXAMPLES));
    AtomicFiles.replace(work.resolve(CurateFiles.FINETUNE), files.file(CurateFiles.FINETUNE));
    if (!run.read().rejects().isEmpty()) {
      prepend(run.read().rejects(), work.resolve(CurateFiles.REJECTS));
    }
    AtomicFiles.replace(work.resolve(CurateFiles.REJECTS), files.file(CurateFiles.REJECTS));
    AtomicFiles.replace(work.resolve(CurateFiles.CLUSTERS), files.file(CurateFiles.CLUSTERS));
    AtomicFiles.writeString(files.file(CurateFiles.REPORT), Pretty.json(report) + "\n");
    return report;
  }

  private static CurateCounts counts(Path file) {
    if (!Files.exists(file)) {
      throw new IllegalStateException("the curation pipeline finished without writing its outputs (" + file
          + " is missing); rerun");
    }
    try {
      return Json.MAPPER.readValue(file.toFile(), CurateCounts.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the curation work file " + file + "; rerun", e);
    }
  }

  /** Rewrites {@code rejects} with the malformed records first, in the order they were read. */
  private static void prepend(List<Reject> malformed, Path rejects) {
    Path joined = rejects.resolveSibling(rejects.getFileName() + ".joined");
    try (OutputStream out = Files.newOutputStream(joined)) {
      for (Reject reject : malformed) {
        out.write((Json.toLine(reject) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      Files.copy(rejects, out);
    } catch (IOException e) {
      throw new OutputFileException("cannot write " + joined + ": " + e.getMessage(), e);
    }
    AtomicFiles.replace(joined, rejects);
  }

  private static void deleteReport(CurateFiles files) {
    try {
      Files.deleteIfExists(files.file(CurateFiles.REPORT));
    } catch (IOException e) {
      throw new OutputFileException("cannot replace " + files.file(CurateFiles.REPORT) + ": " + e.getMessage(), e);
    }
  }

  private static CurationReport report(Run run, CurateCounts counts) {
    Map<String, Long> rejectedByQualityFilter = new LinkedHashMap<>();
    run.config().qualityChain().names().forEach(name -> rejectedByQualityFilter.put(name, 0L));
    counts.rejectedByQualityFilter().forEach((filter, n) -> rejectedByQualityFilter.merge(filter, n, Long::sum));
    List<FilterCount> byFilter = new ArrayList<>();
    rejectedByQualityFilter.forEach((filter, n) -> byFilter.add(new FilterCount(filter, n)));

    List<StepReport> steps = new ArrayList<>();
    long flowing = run.read().examples();
    for (CurateStep step : run.config().enabledSteps()) {
      long rejected = counts.rejected(step);
      boolean quality = step == CurateStep.QUALITY;
      steps.add(new StepReport(step.key(), flowing, rejected, flowing - rejected,
          quality ? byFilter : null, quality ? null : counts.clusters(step)));
      flowing -= rejected;
    }
    Map<String, Long> readRejected = new TreeMap<>();
    run.read().rejects().forEach(r -> readRejected.merge(r.filter(), 1L, Long::sum));
    double seconds = (System.nanoTime() - run.startedNanos()) / 1e9;
    long examples = run.read().examples();
    return new CurationReport(run.language(), run.runner(), run.read().files(), readRejected, examples, steps,
        run.config().disabledSteps().stream().map(CurateStep::key).toList(), counts.kept(),
        Math.round(seconds * 100) / 100.0, seconds > 0 ? Math.round(examples / seconds * 10) / 10.0 : 0.0);
  }
}
