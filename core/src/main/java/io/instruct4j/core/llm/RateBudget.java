package io.instruct4j.core.llm;

import java.util.function.LongSupplier;

/**
 * A per-minute budget of permits (requests or tokens), spent at an even pace: each permit costs
 * {@code 60 s / perMinute} of budget time, and at most one second's worth of unused budget is
 * kept for bursts. Evenly paced spending never exceeds the server's per-minute window, which a
 * "full bucket at the start of each minute" scheme does at the boundary.
 *
 * <p>A caller reserves what it needs and sleeps for the returned wait; reservations are handed
 * out in order, so waits are fair. Tokens are reserved on an estimate and settled with the actual
 * usage afterwards ({@link #adjust}).
 */
final class RateBudget {

  private final double nanosPerPermit;
  private final double maxStored;
  private final LongSupplier clock;
  private double stored;
  private long nextFreeNanos;

  /** With a nanosecond clock, injectable for tests. */
  RateBudget(long perMinute, LongSupplier clock) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("a per-minute budget must be at least 1, got " + perMinute);
    }
    this.nanosPerPermit = 60e9 / perMinute;
    this.maxStored = Math.max(1.0, perMinute / 60.0);
    this.clock = clock;
    this.nextFreeNanos = clock.getAsLong();
  }

  RateBudget(long perMinute) {
    this(perMinute, System::nanoTime);
  }

  /** Reserves the permits; returns how many nanoseconds the caller must wait before using them. */
  synchronized long reserve(long permits) {
    long now = clock.getAsLong();
    refill(now);
    long wait = Math.max(0, nextFreeNanos - now);
    double fromStored = Math.min(permits, stored);
    stored -= fromStored;
    nextFreeNanos += (long) ((permits - fromStored) * nanosPerPermit);
    return wait;
  }

  /** Charges extra permits (positive) or refunds unused ones (negative) after the fact. */
  synchronized void adjust(long permits) {
    long now = clock.getAsLong();
    refill(now);
    if (permits >= 0) {
      double fromStored = Math.min(permits, stored);
      stored -= fromStored;
      nextFreeNanos += (long) ((permits - fromStored) * nanosPerPermit);
      return;
    }
    double refund = -permits * nanosPerPermit;
    double backlog = Math.max(0, nextFreeNanos - now);
    double fromBacklog = Math.min(refund, backlog);
    nextFreeNanos -= (long) fromBacklog;
    stored = Math.min(maxStored, stored + (refund - fromBacklog) / nanosPerPermit);
  }

  private void refill(long now) {
    if (now > nextFreeNanos) {
      stored = Math.min(maxStored, stored + (now - nextFreeNanos) / nanosPerPermit);
      nextFreeNanos = now;
    }
  }
}
