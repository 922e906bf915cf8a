package io.instruct4j.pipelines.selfinstruct;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * The {@code done.json} of a finished round: its prompt count and LLM counters per stage, so a resumed run can
 * report and budget the whole run, not only the rounds it ran itself.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record RoundDone(int round, int requests, Map<String, Map<String, Long>> llm) {

  /** Tokens the round's work needed, paid or served from the cache. */
  long workTokens() {
    long total = 0;
    for (Map<String, Long> stage : llm.values()) {
      total += stage.getOrDefault("prompt_tokens", 0L) + stage.getOrDefault("completion_tokens", 0L)
          + stage.getOrDefault("cached_tokens", 0L);
    }
    return total;
  }
}
