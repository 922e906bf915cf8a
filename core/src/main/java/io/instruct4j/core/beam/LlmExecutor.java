package io.instruct4j.core.beam;

import io.instruct4j.core.concurrent.DaemonThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JVM-wide pool that waits on model calls. Threads are cheap waiters here (the work is on the
 * endpoint), daemon so a finished pipeline never keeps the JVM alive; the gateway's in-flight
 * limit, not this pool, bounds the load on the endpoint.
 */
final class LlmExecutor {

  private static final ExecutorService POOL = Executors.newCachedThreadPool(DaemonThreads.named("instruct4j-llm"));

  private LlmExecutor() {}

  static ExecutorService get() {
    return POOL;
  }
}
