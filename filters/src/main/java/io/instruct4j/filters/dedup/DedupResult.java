package io.instruct4j.filters.dedup;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.io.Serializable;
import java.util.List;

/**
 * What a {@link Deduplicator} made of its input: the kept examples and the rejected duplicates,
 * both in input order, and one cluster per group of duplicates.
 *
 * @param kept the examples kept, in input order
 * @param rejects one reject per dropped example, in input order; each names the kept example it
 *     duplicates in {@link Reject#duplicateOf()}
 * @param clusters the groups of duplicates, in order of their first member
 */
public record DedupResult(List<Example> kept, List<Reject> rejects, List<DuplicateCluster> clusters)
    implements Serializable {

  public DedupResult {
    kept = List.copyOf(kept);
    rejects = List.copyOf(rejects);
    clusters = List.copyOf(clusters);
    int clustered = 0;
    for (DuplicateCluster cluster : clusters) {
      clustered += cluster.size() - 1;
    }
    // Every reject is a non-kept member of exactly one cluster; a mismatch is a bug, not bad input.
    if (clustered != rejects.size()) {
      throw new IllegalStateException("clusters hold " + clustered
          + " non-kept members but there are " + rejects.size() + " rejects");
    }
  }

  /** How many examples went in: {@code kept().size() + rejects().size()}. */
  public int inputCount() {
    return kept.size() + rejects.size();
  }
}
