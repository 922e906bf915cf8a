package io.instruct4j.filters.curate;

import io.instruct4j.filters.dedup.Deduplicator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The dedup part of the curation chain: exact, near and semantic dedup, each over what the one
 * before kept. The dedup algorithms are sequential and in-memory (a hash set, an LSH index, an
 * HNSW graph grown example by example, the earliest example kept), so the chain sees the whole
 * corpus at once, sorted by input position: that is what makes its result the same however the
 * examples were partitioned or ordered on the way in.
 */
public final class DedupChain {

  private final List<DedupStep> steps;

  /** The given deduplicators, which must be in chain order ({@link CurateStep}) and each at most once. */
  public DedupChain(List<? extends Deduplicator> dedups) {
    Objects.requireNonNull(dedups, "dedups");
    List<DedupStep> built = new ArrayList<>();
    for (Deduplicator dedup : dedups) {
      DedupStep step = new DedupStep(dedup);
      if (!built.isEmpty() && built.get(built.size() - 1).step().compareTo(step.step()) >= 0) {
        throw new IllegalArgumentException("dedup steps must run in the order exact_duplicate, "
            + "near_duplicate, semantic_duplicate, each once; got " + step.step().key() + " after "
            + built.get(built.size() - 1).step().key());
      }
      built.add(step);
    }
    this.steps = List.copyOf(built);
  }

  /** The enabled dedup steps of {@code config}; loads the embedding model when semantic dedup is on. */
  public static DedupChain fromConfig(CurateConfig config) {
    List<Deduplicator> dedups = new ArrayList<>();
    if (config.exactDuplicate().enabled()) {
      dedups.add(config.exactDuplicate().dedup());
    }
    if (config.nearDuplicate().enabled()) {
      dedups.add(config.nearDuplicate().dedup());
    }
    if (config.semanticDuplicate().enabled()) {
      dedups.add(config.semanticDuplicate().dedup());
    }
    return new DedupChain(dedups);
  }

  /** The steps that run, in order. */
  public List<CurateStep> steps() {
    return steps.stream().map(DedupStep::step).toList();
  }

  /**
   * Runs every step over {@code candidates} (any order; they are sorted by position first).
   *
   * @throws IllegalArgumentException when two candidates share a position
   */
  public DedupChainResult run(List<Candidate> candidates) {
    List<Candidate> current = new ArrayList<>(candidates);
    current.sort(Comparator.comparingLong(Candidate::position));
    for (int i = 1; i < current.size(); i++) {
      if (current.get(i).position() == current.get(i - 1).position()) {
        throw new IllegalArgumentException("two candidates have position " + current.get(i).position()
            + ": " + current.get(i - 1).source() + " and " + current.get(i).source());
      }
    }
    List<StepReject> rejects = new ArrayList<>();
    List<StepCluster> clusters = new ArrayList<>();
    for (DedupStep step : steps) {
      DedupStep.Outcome outcome = step.run(current);
      rejects.addAll(outcome.rejects());
      clusters.addAll(outcome.clusters());
      current = outcome.kept();
    }
    return new DedupChainResult(current, rejects, clusters, candidates.size());
  }
}
