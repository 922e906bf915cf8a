package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * What a stage spent on the model, summed over its steps.
 *
 * @param calls model calls answered fresh (one per reply; the HTTP retries behind them are {@code retries})
 * @param cacheHits calls answered from the response cache, for free
 * @param retries extra HTTP requests after transient failures
 * @param failures calls that failed for good (each one a dead letter)
 * @param promptTokens prompt tokens of the fresh calls
 * @param completionTokens completion tokens of the fresh calls
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LlmUsage(long calls, long cacheHits, long retries, long failures, long promptTokens,
    long completionTokens) {

  public static final LlmUsage NONE = new LlmUsage(0, 0, 0, 0, 0, 0);

  /** Sums a generator summary's {@code llm} map (step → counter → value, the Beam counters' names). */
  public static LlmUsage of(Map<String, Map<String, Long>> byStep) {
    LlmUsage total = NONE;
    for (Map<String, Long> row : byStep.values()) {
      total = total.plus(new LlmUsage(get(row, "calls"), get(row, "cache_hits"), get(row, "retries"),
          get(row, "failures"), get(row, "prompt_tokens"), get(row, "completion_tokens")));
    }
    return total;
  }

  public LlmUsage plus(LlmUsage o) {
    return new LlmUsage(calls + o.calls, cacheHits + o.cacheHits, retries + o.retries, failures + o.failures,
        promptTokens + o.promptTokens, completionTokens + o.completionTokens);
  }

  /** Calls the stage made, however answered: fresh, cached or failed. */
  public long answered() {
    return calls + cacheHits + failures;
  }

  private static long get(Map<String, Long> row, String key) {
    Long v = row.get(key);
    return v == null ? 0 : v;
  }
}
