package io.instruct4j.core.llm;

import java.io.Serializable;
import java.util.Objects;

/**
 * The model's reply to one {@link ChatCall}.
 *
 * @param text the reply text, never null
 * @param finishReason why it stopped; {@link FinishReason#LENGTH} flags a truncated reply
 * @param promptTokens prompt tokens as the endpoint reported them (0 when unknown)
 * @param completionTokens completion tokens as the endpoint reported them (0 when unknown)
 * @param model the model name the endpoint reported
 * @param cached true when served from the response cache (no tokens paid this time)
 * @param attempts HTTP attempts this call took (0 for a cache hit, 1 without retries)
 * @param promptHash the cache key, stable across runs and machines
 */
public record ChatResult(
    String text,
    FinishReason finishReason,
    int promptTokens,
    int completionTokens,
    String model,
    boolean cached,
    int attempts,
    String promptHash)
    implements Serializable {

  public ChatResult {
    Objects.requireNonNull(text, "text");
    finishReason = finishReason == null ? FinishReason.OTHER : finishReason;
  }

  /** True when the endpoint cut the reply off at the token limit. */
  public boolean truncated() {
    return finishReason == FinishReason.LENGTH;
  }

  /** Retries this call needed (attempts beyond the first). */
  public int retries() {
    return Math.max(0, attempts - 1);
  }

  public ChatResult asCached() {
    return new ChatResult(text, finishReason, promptTokens, completionTokens, model, true, 0, promptHash);
  }
}
