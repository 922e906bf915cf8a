package io.instruct4j.core.beam;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JVM-wide pool that waits on model calls. Threads are cheap waiters here (the work is on the
 * endpoint), daemon so a finished pipeline never keeps the JVM alive; the gateway's in-flight
 * limit, not this pool, bounds the load on the endpoint.
 */
final class LlmExecutor {

  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "instruct4j-llm-" + COUNT.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private LlmExecutor() {}

  static ExecutorService get() {
    return POOL;
  }
}
