package io.instruct4j.filters.curate;

import java.util.List;

/**
 * What the dedup chain made of its input.
 *
 * @param kept the candidates every step kept, in input order
 * @param rejects the rejects, by step in chain order, then in input order
 * @param clusters the clusters, by step in chain order, then by first member
 */
public record DedupChainResult(List<Candidate> kept, List<StepReject> rejects, List<StepCluster> clusters) {

  public DedupChainResult {
    kept = List.copyOf(kept);
    rejects = List.copyOf(rejects);
    clusters = List.copyOf(clusters);
  }

  /** Also checks that nothing was lost: every input is kept or rejected exactly once. */
  DedupChainResult(List<Candidate> kept, List<StepReject> rejects, List<StepCluster> clusters, int inputs) {
    this(kept, rejects, clusters);
    if (kept.size() + rejects.size() != inputs) {
      throw new IllegalStateException("dedup lost examples: " + inputs + " in, " + kept.size()
          + " kept + " + rejects.size() + " rejected");
    }
  }
}
