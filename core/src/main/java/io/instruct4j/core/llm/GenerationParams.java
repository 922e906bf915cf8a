package io.instruct4j.core.llm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;

/**
 * Sampling parameters of one call; null means the endpoint's default. Part of the cache key.
 *
 * @param temperature sampling temperature
 * @param topP nucleus sampling mass
 * @param maxTokens the most completion tokens; a reply that hits it ends with finish reason LENGTH
 * @param stop stop sequences
 * @param seed the endpoint's sampling seed, where it supports one
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerationParams(
    Double temperature, Double topP, Integer maxTokens, List<String> stop, Integer seed)
    implements Serializable {

  public static final GenerationParams DEFAULTS = new GenerationParams(null, null, null, List.of(), null);

  public GenerationParams {
    stop = stop == null ? List.of() : List.copyOf(stop);
    if (temperature != null && (temperature < 0 || temperature > 2)) {
      throw new IllegalArgumentException("temperature must be in [0, 2], got " + temperature);
    }
    if (topP != null && (topP <= 0 || topP > 1)) {
      throw new IllegalArgumentException("top_p must be in (0, 1], got " + topP);
    }
    if (maxTokens != null && maxTokens < 1) {
      throw new IllegalArgumentException("max_tokens must be at least 1, got " + maxTokens);
    }
  }

  public static GenerationParams of(double temperature, double topP, int maxTokens) {
    return new GenerationParams(temperature, topP, maxTokens, List.of(), null);
  }

  public GenerationParams withStop(List<String> value) {
    return new GenerationParams(temperature, topP, maxTokens, value, seed);
  }
}
