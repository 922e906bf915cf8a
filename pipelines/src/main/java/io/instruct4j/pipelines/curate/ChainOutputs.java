package io.instruct4j.pipelines.curate;

import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.JsonlWriter;
import io.instruct4j.core.record.Example;
import io.instruct4j.filters.curate.Candidate;
import io.instruct4j.filters.curate.StepCluster;
import io.instruct4j.filters.curate.StepReject;
import io.instruct4j.pipelines.common.FinetuneRow;
import io.instruct4j.pipelines.common.Pretty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The chain's output files, written by the dedup step into the work folder in their final order:
 * kept examples by input position, rejects and clusters by step and then position, so every
 * runner and every rerun writes the same bytes. The driver moves them into place
 * ({@link CurateOutputs}); {@code counts.json} comes last and marks the set complete.
 */
final class ChainOutputs {

  static final String COUNTS = "counts.json";

  private ChainOutputs() {}

  /**
   * Writes the files for {@code kept}, in input order as {@link io.instruct4j.filters.curate.DedupChainResult}
   * gives them, and the steps' rejects and clusters (any order: the slices' quality rejects come
   * in the order their slices were read) into {@code folder}.
   */
  static CurateCounts write(Path folder, List<Candidate> kept, List<StepReject> rejects, List<StepCluster> clusters) {
    List<StepReject> rejectsSorted = new ArrayList<>(rejects);
    rejectsSorted.sort(Comparator.comparing(StepReject::step).thenComparingLong(StepReject::position));
    List<StepCluster> clustersSorted = new ArrayList<>(clusters);
    clustersSorted.sort(Comparator.comparing(StepCluster::step).thenComparingLong(StepCluster::position));

    List<Example> examples = kept.stream().map(Candidate::example).toList();
    // Four independent files: written side by side, since serializing them is most of the time left.
    Stream.<Runnable>of(
        () -> JsonlWriter.writeAll(folder.resolve(CurateFiles.EXAMPLES), examples),
        () -> JsonlWriter.writeAll(folder.resolve(CurateFiles.FINETUNE), examples.stream().map(FinetuneRow::of).toList()),
        () -> JsonlWriter.writeAll(folder.resolve(CurateFiles.REJECTS),
            rejectsSorted.stream().map(StepReject::reject).toList()),
        () -> JsonlWriter.writeAll(folder.resolve(CurateFiles.CLUSTERS),
            clustersSorted.stream().map(StepCluster::cluster).toList()))
        .parallel().forEach(Runnable::run);
    CurateCounts counts = CurateCounts.of(kept.size(), rejectsSorted, clustersSorted);
    AtomicFiles.writeString(folder.resolve(COUNTS), Pretty.json(counts) + "\n");
    return counts;
  }
}
