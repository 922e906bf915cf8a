package io.instruct4j.filters.rouge;

import java.util.Arrays;

/**
 * A query's distinct known token ids with their counts, for computing the shared-token bound
 * {@code shared(a, b) = Σ_t min(count_a(t), count_b(t))}, which is never below LCS(a, b).
 */
final class QueryTerms {

  private final int[] distinct;
  private final int[] counts;
  private final IntIntMap local;
  private final int[] used;

  QueryTerms(int[] query) {
    int[] ids = new int[query.length];
    int[] tally = new int[query.length];
    local = new IntIntMap(Math.max(1, query.length));
    int n = 0;
    for (int id : query) {
      if (id == TokenVocabulary.UNKNOWN) {
        continue; // no pool entry contains it, so it adds nothing to any overlap
      }
      int slot = local.get(id);
      if (slot < 0) {
        slot = n++;
        local.put(id, slot);
        ids[slot] = id;
      }
      tally[slot]++;
    }
    distinct = Arrays.copyOf(ids, n);
    counts = Arrays.copyOf(tally, n);
    used = new int[n];
  }

  /** The distinct known ids; callers must not modify the array. */
  int[] ids() {
    return distinct;
  }

  /** How often each of {@link #ids()} occurs in the query; callers must not modify the array. */
  int[] counts() {
    return counts;
  }

  /** The shared-token count with one entry, computed directly (for entries not yet indexed). */
  int sharedWith(int[] entry) {
    int shared = 0;
    for (int id : entry) {
      int slot = local.get(id);
      if (slot >= 0 && used[slot] < counts[slot]) {
        used[slot]++;
        shared++;
      }
    }
    Arrays.fill(used, 0);
    return shared;
  }
}
