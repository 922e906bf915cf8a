package io.instruct4j.pipelines.run;

import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.llm.LlmStats;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts a stage's model calls as they finish, from the JVM-wide gateway that the stage's DoFns
 * share (the same {@link LlmConfig} opens the same gateway). Beam's metrics only report once a
 * DirectRunner pipeline has finished, while the gateway's counters move with every reply. A stage
 * whose workers run in other JVMs (a remote Flink cluster) shows no progress here; its counts in
 * {@code run-state.json} come from the Beam counters either way.
 */
final class LlmProgress implements LongSupplier {

  private final LlmGateway gateway;
  private final List<String> steps;
  private final long baseline;

  LlmProgress(LlmConfig llm, List<String> steps) {
    this.gateway = LlmGateway.shared(llm);
    this.steps = List.copyOf(steps);
    this.baseline = answered();
  }

  /** Calls answered since this counter started: fresh, from the cache, or failed for good. */
  @Override
  public long getAsLong() {
    return answered() - baseline;
  }

  private long answered() {
    Map<String, LlmStats> stats = gateway.stats();
    long n = 0;
    for (String step : steps) {
      LlmStats s = stats.get(step);
      if (s != null) {
        // calls counts HTTP requests, retries included: one call's retries are not more progress.
        n += s.calls() - s.retries() + s.cacheHits();
      }
    }
    return n;
  }
}
