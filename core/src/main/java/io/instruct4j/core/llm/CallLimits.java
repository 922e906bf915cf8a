package io.instruct4j.core.llm;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The limits every HTTP attempt passes: a fair semaphore of {@code llm.max_in_flight}, then the
 * request and token budgets per minute. Tokens are reserved on an estimate (prompt chars / 4 +
 * max_tokens) and settled with the usage the endpoint reports.
 */
final class CallLimits {

  private final Semaphore inFlight;
  private final RateBudget requests;
  private final RateBudget tokens;

  CallLimits(int maxInFlight, int requestsPerMinute, int tokensPerMinute) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("llm.max_in_flight must be at least 1, got " + maxInFlight);
    }
    // Fair, so a thread that waited longest goes next and no caller starves under load.
    this.inFlight = new Semaphore(maxInFlight, true);
    this.requests = requestsPerMinute > 0 ? new RateBudget(requestsPerMinute) : null;
    this.tokens = tokensPerMinute > 0 ? new RateBudget(tokensPerMinute) : null;
  }

  /** The token estimate reserved before a call. */
  static long estimateTokens(ChatCall call) {
    long chars = call.messages().stream().mapToLong(m -> m.content().length()).sum();
    Integer maxTokens = call.params().maxTokens();
    return chars / 4 + (maxTokens == null ? 0 : maxTokens);
  }

  /** Waits for a slot and for the budgets; the permit must be closed after the attempt. */
  Permit acquire(long estimatedTokens) throws InterruptedException {
    inFlight.acquire();
    try {
      long waitNanos = 0;
      if (requests != null) {
        waitNanos = requests.reserve(1);
      }
      if (tokens != null) {
        waitNanos = Math.max(waitNanos, tokens.reserve(estimatedTokens));
      }
      if (waitNanos > 0) {
        TimeUnit.NANOSECONDS.sleep(waitNanos);
      }
    } catch (InterruptedException | RuntimeException e) {
      inFlight.release();
      throw e;
    }
    return new Permit(estimatedTokens);
  }

  /** One attempt's slot and token reservation. */
  final class Permit implements AutoCloseable {
    private final long estimatedTokens;
    private boolean released;

    private Permit(long estimatedTokens) {
      this.estimatedTokens = estimatedTokens;
    }

    /** Corrects the token budget with what the attempt actually used (0 when it failed). */
    void settle(long actualTokens) {
      if (tokens != null) {
        tokens.adjust(actualTokens - estimatedTokens);
      }
    }

    @Override
    public void close() {
      if (!released) {
        released = true;
        inFlight.release();
      }
    }
  }
}
