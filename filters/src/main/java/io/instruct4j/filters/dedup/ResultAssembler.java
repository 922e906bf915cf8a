package io.instruct4j.filters.dedup;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a run's examples by input position and which of them duplicate which kept one, then
 * builds the {@link DedupResult}: kept examples, rejects and clusters, all in input order.
 */
final class ResultAssembler {

  static final String STAGE = "curate";
  private static final int KEPT = -1;

  private final String filter;
  private final List<Example> examples = new ArrayList<>();
  private int[] keptIndex = new int[1024];
  private String[] reasons = new String[1024];

  ResultAssembler(String filter) {
    this.filter = filter;
  }

  /** Adds the next example as kept; returns its input position. */
  int add(Example example) {
    int index = examples.size();
    examples.add(example);
    if (index == keptIndex.length) {
      keptIndex = Arrays.copyOf(keptIndex, index * 2);
      reasons = Arrays.copyOf(reasons, index * 2);
    }
    keptIndex[index] = KEPT;
    return index;
  }

  Example example(int index) {
    return examples.get(index);
  }

  int size() {
    return examples.size();
  }

  /** Marks the example at {@code index} as a duplicate of the kept example at {@code kept}. */
  void duplicate(int index, int kept, String reason) {
    if (index == kept || keptIndex[kept] != KEPT) {
      throw new IllegalStateException("example " + index + " cannot duplicate " + kept
          + ", which is " + (index == kept ? "the same example" : "itself a duplicate"));
    }
    keptIndex[index] = kept;
    reasons[index] = reason;
  }

  DedupResult build() {
    List<Example> kept = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    // Members by kept position, in input order; a kept example without duplicates forms no cluster.
    Map<Integer, List<Integer>> byKept = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      int target = keptIndex[i];
      if (target == KEPT) {
        kept.add(examples.get(i));
      } else {
        String keptId = examples.get(target).id();
        rejects.add(Reject.ofExample(STAGE, filter, reasons[i], examples.get(i))
            .withDuplicateOf(keptId));
        byKept.computeIfAbsent(target, k -> new ArrayList<>()).add(i);
      }
    }
    return new DedupResult(kept, rejects, clusters(byKept));
  }

  private List<DuplicateCluster> clusters(Map<Integer, List<Integer>> byKept) {
    List<int[]> groups = new ArrayList<>(byKept.size());
    for (Map.Entry<Integer, List<Integer>> entry : byKept.entrySet()) {
      int[] members = new int[entry.getValue().size() + 1];
      members[0] = entry.getKey();
      for (int m = 0; m < entry.getValue().size(); m++) {
        members[m + 1] = entry.getValue().get(m);
      }
      Arrays.sort(members);
      groups.add(members);
    }
    // Numbered in order of first member, so the same input always gets the same cluster ids.
    groups.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<DuplicateCluster> reports = new ArrayList<>(groups.size());
    for (int[] members : groups) {
      List<String> ids = new ArrayList<>(members.length);
      String keptId = null;
      for (int member : members) {
        ids.add(examples.get(member).id());
        if (keptIndex[member] == KEPT) {
          keptId = examples.get(member).id();
        }
      }
      reports.add(new DuplicateCluster(filter + "-" + (reports.size() + 1), keptId, ids));
    }
    return reports;
  }
}
