package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The planned model calls of one step of a stage (e.g. Self-QA's {@code questions}).
 *
 * @param step the step's name, as in the LLM counters ({@code bootstrap}, {@code questions}, ...)
 * @param calls the number of calls: exact, or an upper bound when {@code exact} is false
 * @param exact whether {@code calls} is known before any reply (else it depends on what the replies hold)
 * @param promptTokens estimated prompt tokens of those calls ({@link Tokens})
 * @param maxCompletionTokens the completion token limit times the calls: what they can cost at most
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CallEstimate(String step, long calls, boolean exact, long promptTokens, long maxCompletionTokens) {

  public CallEstimate {
    if (calls < 0 || promptTokens < 0 || maxCompletionTokens < 0) {
      throw new IllegalArgumentException("estimates must be >= 0, got " + calls + " calls, " + promptTokens
          + " prompt tokens, " + maxCompletionTokens + " completion tokens");
    }
  }
}
