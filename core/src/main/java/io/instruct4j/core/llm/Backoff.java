package io.instruct4j.core.llm;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * Exponential backoff with full jitter (a uniform wait in [0, min(max, initial * 2^retry)]), so
 * that many workers failing together do not retry in lockstep; a server's Retry-After overrides
 * the jitter, capped at the maximum.
 */
final class Backoff {

  private final long initialMillis;
  private final long maxMillis;
  private final LongUnaryOperator uniformBelow;

  Backoff(long initialMillis, long maxMillis) {
    this(initialMillis, maxMillis, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
  }

  /** With {@code uniformBelow(bound)} returning a value in [0, bound], for deterministic tests. */
  Backoff(long initialMillis, long maxMillis, LongUnaryOperator uniformBelow) {
    if (initialMillis < 0 || maxMillis < 0) {
      throw new IllegalArgumentException("backoff must be >= 0, got initial=" + initialMillis
          + " max=" + maxMillis);
    }
    this.initialMillis = initialMillis;
    this.maxMillis = maxMillis;
    this.uniformBelow = uniformBelow;
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry).
   *
   * @param retryAfterMillis the server's Retry-After, or a negative value when it sent none
   */
  long millisBefore(int retry, long retryAfterMillis) {
    if (retryAfterMillis >= 0) {
      return Math.min(retryAfterMillis, maxMillis);
    }
    return uniformBelow.applyAsLong(ceiling(retry));
  }

  /** min(max, initial * 2^(retry-1)), without overflowing for large retry counts. */
  long ceiling(int retry) {
    int shift = Math.max(0, Math.min(retry - 1, 40));
    long grown = initialMillis > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : initialMillis << shift;
    return Math.min(grown, maxMillis);
  }
}
