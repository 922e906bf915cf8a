package io.instruct4j.core.llm;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;

/**
 * What one stage spent on the model.
 *
 * @param calls HTTP requests sent, retries included
 * @param cacheHits calls answered without a request: from the response cache, or by joining an
 *     identical call already in flight
 * @param retries requests sent after a transient failure
 * @param failures calls that failed for good
 * @param promptTokens prompt tokens the endpoint reported for fresh replies
 * @param completionTokens completion tokens the endpoint reported for fresh replies
 * @param truncated fresh replies cut off at the token limit (finish reason length)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LlmStats(
    long calls, long cacheHits, long retries, long failures, long promptTokens,
    long completionTokens, long truncated) implements Serializable {

  public static final LlmStats ZERO = new LlmStats(0, 0, 0, 0, 0, 0, 0);

  /** The sum of two stats, e.g. for a run total over stages. */
  public LlmStats plus(LlmStats o) {
    return new LlmStats(calls + o.calls, cacheHits + o.cacheHits, retries + o.retries,
        failures + o.failures, promptTokens + o.promptTokens,
        completionTokens + o.completionTokens, truncated + o.truncated);
  }
}
