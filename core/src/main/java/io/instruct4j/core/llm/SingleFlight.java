package io.instruct4j.core.llm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Runs identical concurrent work once: the first caller for a key does it, callers arriving while
 * it runs wait and share its outcome (result or exception). Two DoFn threads that ask the same
 * prompt at the same moment so pay once, not twice.
 */
final class SingleFlight<K, V> {

  /** A shared outcome, and whether this caller did the work. */
  record Outcome<V>(V value, boolean leader) {}

  private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

  Outcome<V> run(K key, Supplier<V> work) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> existing = running.putIfAbsent(key, mine);
    if (existing != null) {
      return new Outcome<>(await(existing), false);
    }
    try {
      V value = work.get();
      mine.complete(value);
      return new Outcome<>(value, true);
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      running.remove(key, mine);
    }
  }

  private static <V> V await(CompletableFuture<V> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmException(LlmException.Kind.OTHER,
          "interrupted while waiting for an identical call in flight", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LlmException llm) {
        // A copy, so each waiting thread throws its own instance.
        throw llm.afterAttempts(llm.attempts());
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
