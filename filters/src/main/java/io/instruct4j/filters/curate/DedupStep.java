package io.instruct4j.filters.curate;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.dedup.DedupResult;
import io.instruct4j.filters.dedup.Deduplicator;
import io.instruct4j.filters.dedup.DuplicateCluster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs one {@link Deduplicator} over candidates in input order and ties its result back to the
 * candidates, so rejects and clusters carry positions and {@code file:line} sources.
 */
final class DedupStep {

  /** What one step made of its candidates; {@code kept + rejects = input}. */
  record Outcome(List<Candidate> kept, List<StepReject> rejects, List<StepCluster> clusters) {}

  private final CurateStep step;
  private final Deduplicator dedup;

  DedupStep(Deduplicator dedup) {
    this.dedup = Objects.requireNonNull(dedup, "dedup");
    this.step = CurateStep.fromKey(dedup.name());
    if (step == CurateStep.QUALITY) {
      throw new IllegalArgumentException("quality is not a dedup step");
    }
  }

  CurateStep step() {
    return step;
  }

  /** Deduplicates {@code candidates}, which must be in input order. */
  Outcome run(List<Candidate> candidates) {
    List<Example> examples = new ArrayList<>(candidates.size());
    candidates.forEach(c -> examples.add(c.example()));
    DedupResult result = dedup.run(examples);
    List<Candidate> kept = new ArrayList<>(result.kept().size());
    List<StepReject> rejects = new ArrayList<>(result.rejects().size());
    Map<String, List<Candidate>> dropsByKeptId = new HashMap<>();
    int k = 0;
    int r = 0;
    // Kept and rejects both keep input order, so one merge walk attributes every result to its
    // candidate. Identity first (the dedup classes return the objects given); equality as the
    // fallback is safe because among equal examples the earliest is always the one kept.
    for (Candidate candidate : candidates) {
      Example example = candidate.example();
      if (k < result.kept().size() && same(result.kept().get(k), example)) {
        kept.add(candidate);
        k++;
      } else if (r < result.rejects().size() && same(result.rejects().get(r).example(), example)) {
        Reject reject = result.rejects().get(r++).withSource(candidate.source());
        rejects.add(new StepReject(step, candidate.position(), reject));
        dropsByKeptId.computeIfAbsent(reject.duplicateOf(), id -> new ArrayList<>()).add(candidate);
      } else {
        throw new IllegalStateException(step.key() + " returned results out of input order at "
            + candidate.source() + " (" + example.id() + ")");
      }
    }
    if (k != result.kept().size() || r != result.rejects().size()) {
      throw new IllegalStateException(step.key() + " returned " + result.inputCount()
          + " results for " + candidates.size() + " examples");
    }
    return new Outcome(kept, rejects, clusters(result.clusters(), kept, rejects, dropsByKeptId));
  }

  private List<StepCluster> clusters(List<DuplicateCluster> clusters, List<Candidate> kept,
      List<StepReject> rejects, Map<String, List<Candidate>> dropsByKeptId) {
    Map<String, Candidate> keptById = new HashMap<>();
    kept.forEach(c -> keptById.putIfAbsent(c.example().id(), c));
    Map<Long, Double> similarityByPosition = new LinkedHashMap<>();
    rejects.forEach(r -> similarityByPosition.put(r.position(), DuplicateSimilarity.of(step, r.reject())));
    List<StepCluster> out = new ArrayList<>(clusters.size());
    for (DuplicateCluster cluster : clusters) {
      List<Candidate> members = new ArrayList<>(dropsByKeptId.getOrDefault(cluster.keptId(), List.of()));
      members.add(keptById.get(cluster.keptId()));
      members.sort(Comparator.comparingLong(Candidate::position));
      List<String> ids = members.stream().map(c -> c.example().id()).toList();
      if (!ids.equals(cluster.memberIds())) {
        throw new IllegalStateException(cluster.clusterId() + " lists members " + cluster.memberIds()
            + " but its rejects name " + ids);
      }
      double similarity = members.stream().filter(c -> similarityByPosition.containsKey(c.position()))
          .mapToDouble(c -> similarityByPosition.get(c.position())).min().orElseThrow();
      ClusterLine line = new ClusterLine(step.key(), cluster.clusterId(), cluster.keptId(), ids,
          members.stream().map(Candidate::source).toList(), ids.size(), similarity);
      out.add(new StepCluster(step, members.get(0).position(), line));
    }
    return out;
  }

  private static boolean same(Example a, Example b) {
    return a == b || a.equals(b);
  }
}
