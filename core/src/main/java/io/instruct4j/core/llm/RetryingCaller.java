package io.instruct4j.core.llm;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one call through the limits, retrying transient failures with backoff. Whether to retry
 * is {@link LlmException.Kind#retriable()}; a non-retriable failure (400/401/403/404) fails on its
 * first attempt with the message that says what to fix.
 */
final class RetryingCaller {

  private static final Logger LOG = LoggerFactory.getLogger(RetryingCaller.class);

  private final ModelBackend model;
  private final CallLimits limits;
  private final Backoff backoff;
  private final int maxRetries;

  RetryingCaller(ModelBackend model, CallLimits limits, Backoff backoff, int maxRetries) {
    this.model = model;
    this.limits = limits;
    this.backoff = backoff;
    this.maxRetries = maxRetries;
  }

  /** The fresh reply, with the number of attempts it took. */
  ChatResult call(ChatCall call, String promptHash, StageCounters stats) {
    long estimate = CallLimits.estimateTokens(call);
    for (int attempt = 1; ; attempt++) {
      Outcome outcome = attempt(call, promptHash, stats, estimate, attempt);
      if (outcome.result() != null) {
        return outcome.result();
      }
      LlmException failure = outcome.failure();
      if (!failure.retriable()) {
        throw failure.afterAttempts(attempt);
      }
      if (attempt > maxRetries) {
        throw new LlmException(failure.kind(), failure.getMessage() + " (gave up after " + attempt
            + " attempts; llm.max_retries=" + maxRetries + ")", failure.getCause(), attempt,
            failure.retryAfterMillis());
      }
      stats.retry();
      long waitMillis = backoff.millisBefore(attempt, failure.retryAfterMillis());
      LOG.debug("stage {}: {} on attempt {}, retrying in {} ms", call.stage(),
          failure.kind().wireName(), attempt, waitMillis);
      sleep(waitMillis);
    }
  }

  /** One attempt's reply or classified failure: failures are data here, not control flow. */
  private record Outcome(ChatResult result, LlmException failure) {}

  private Outcome attempt(ChatCall call, String hash, StageCounters stats, long estimate, int n) {
    CallLimits.Permit permit;
    try {
      permit = limits.acquire(estimate);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmException(LlmException.Kind.OTHER,
          "interrupted while waiting for an LLM call slot", e, n, -1);
    }
    try (permit) {
      stats.httpCall();
      ChatResult fresh;
      try {
        fresh = model.call(call, hash);
      } catch (RuntimeException e) {
        permit.settle(0);
        return new Outcome(null, model.classify(e));
      }
      long used = fresh.promptTokens() + (long) fresh.completionTokens();
      permit.settle(used > 0 ? used : estimate);
      return new Outcome(new ChatResult(fresh.text(), fresh.finishReason(), fresh.promptTokens(),
          fresh.completionTokens(), fresh.model(), false, n, hash), null);
    }
  }

  private static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmException(LlmException.Kind.OTHER, "interrupted while backing off before a retry", e);
    }
  }
}
