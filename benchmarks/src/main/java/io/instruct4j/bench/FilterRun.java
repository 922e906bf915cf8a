package io.instruct4j.bench;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.rouge.RougeFilterResult;
import io.instruct4j.filters.rouge.RougeSimilarityFilter;
import io.instruct4j.filters.rouge.SimilarityIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One timed run of the ROUGE-L filter: a fresh pool from {@code index}, filled with the
 * workload's pool (timed as the build), then the candidates filtered one at a time, in order
 * (the filter is sequential anyway), so the time can be split by outcome. Times are the
 * filtering thread's CPU time, which other processes on a shared machine disturb far less than
 * the wall clock; the wall time of the whole filtering is kept too.
 *
 * @param acceptedNanos CPU time spent on candidates that were accepted
 * @param rejectedNanos CPU time spent on candidates that were rejected
 * @param wallNanos wall-clock time of the filtering, both outcomes
 */
record FilterRun(RougeFilterResult result, long buildNanos, long acceptedNanos, long rejectedNanos,
    long wallNanos) {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  long filterNanos() {
    return acceptedNanos + rejectedNanos;
  }

  static FilterRun of(Supplier<SimilarityIndex> index, List<Example> pool, List<Example> candidates,
      double threshold, boolean recordMean) {
    Timing.settle();
    try (SimilarityIndex fresh = index.get()) {
      RougeSimilarityFilter filter = new RougeSimilarityFilter(fresh, threshold, recordMean, "bench");
      long start = System.nanoTime();
      filter.addAllToPool(pool);
      long built = System.nanoTime();
      List<Example> accepted = new ArrayList<>();
      List<Reject> rejected = new ArrayList<>();
      long acceptedNanos = 0;
      long rejectedNanos = 0;
      for (Example candidate : candidates) {
        long before = THREADS.getCurrentThreadCpuTime();
        RougeFilterResult one = filter.filter(List.of(candidate));
        long took = THREADS.getCurrentThreadCpuTime() - before;
        if (one.accepted().isEmpty()) {
          rejectedNanos += took;
        } else {
          acceptedNanos += took;
        }
        accepted.addAll(one.accepted());
        rejected.addAll(one.rejected());
      }
      long wall = System.nanoTime() - built;
      return new FilterRun(new RougeFilterResult(accepted, rejected), built - start, acceptedNanos,
          rejectedNanos, wall);
    }
  }
}
