package io.instruct4j.core.llm.embedded;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the llama.cpp binding from holding the JVM open. Each model load starts a native worker
 * thread that attaches itself to the JVM as a non-daemon thread and never detaches, not even when
 * the model is closed (java-llama.cpp issue #116): the JVM would wait for it forever after
 * {@code main} returns. Java cannot make that thread a daemon, so a daemon watcher applies the
 * rule the JVM would if it were one: once every other non-daemon thread has ended, it frees the
 * models and exits with the status the launcher would have used (1 when {@code main} died of an
 * uncaught exception, else 0).
 *
 * <p>A worker is recognised as a thread that appeared with the load (it attaches just after the
 * load returns, so the load waits for it), is not a daemon and has no Java frames (a native thread
 * parked in native code), so an application thread started meanwhile is never mistaken for one.
 */
final class NativeThreads {

  private static final Logger LOG = LoggerFactory.getLogger(NativeThreads.class);
  private static final long POLL_MILLIS = 100;
  private static final long ATTACH_WAIT_SECONDS = 10;
  /** HotSpot's name for the launcher thread that waits for non-daemon threads after main. */
  private static final String DESTROY_JAVA_VM = "DestroyJavaVM";

  private static final Set<Thread> WORKERS = ConcurrentHashMap.newKeySet();
  private static volatile boolean mainFailed;
  private static Thread watcher;

  private NativeThreads() {}

  /** Runs a model load and remembers the native worker thread it started. */
  static <T> T adopt(Supplier<T> load, Runnable closeAll) {
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    T loaded = load.get();
    // The worker attaches itself after the load returns: wait for it, or it would go unseen.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ATTACH_WAIT_SECONDS);
    while (!adoptNewWorkers(before)) {
      if (System.nanoTime() > deadline || !pause()) {
        LOG.warn("the llama.cpp worker thread did not show up within {} s of the model load; if the "
            + "JVM does not exit at the end, call System.exit", ATTACH_WAIT_SECONDS);
        break;
      }
    }
    startWatcher(closeAll);
    return loaded;
  }

  private static boolean adoptNewWorkers(Set<Thread> before) {
    boolean found = false;
    for (var e : Thread.getAllStackTraces().entrySet()) {
      Thread thread = e.getKey();
      if (!before.contains(thread) && !thread.isDaemon() && e.getValue().length == 0) {
        found |= WORKERS.add(thread);
      }
    }
    return found;
  }

  /** Waits a moment; false when interrupted (the flag is kept for the caller). */
  private static boolean pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(5);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static synchronized void startWatcher(Runnable closeAll) {
    if (watcher != null) {
      return;
    }
    watchMainThread();
    watcher = new Thread(() -> watch(closeAll), "instruct4j-llama-exit-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Records whether main dies of an exception, keeping whatever handler it had. */
  private static void watchMainThread() {
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("main") && !t.isDaemon() && t.getThreadGroup() != null
          && t.getThreadGroup().getName().equals("main")) {
        Thread.UncaughtExceptionHandler previous = t.getUncaughtExceptionHandler();
        t.setUncaughtExceptionHandler((thread, e) -> {
          mainFailed = true;
          previous.uncaughtException(thread, e);
        });
      }
    }
  }

  private static void watch(Runnable closeAll) {
    try {
      while (!onlyWorkersLeft()) {
        TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      return;
    }
    LOG.debug("only llama.cpp worker threads are left: freeing the models and exiting");
    try {
      closeAll.run();
    } finally {
      System.exit(mainFailed ? 1 : 0);
    }
  }

  /** True when the JVM would exit if the workers were daemons. */
  private static boolean onlyWorkersLeft() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads;
    int n;
    do { // enumerate() drops what does not fit: retry until the array has room to spare
      threads = new Thread[root.activeCount() * 2 + 16];
      n = root.enumerate(threads, true);
    } while (n == threads.length);
    for (int i = 0; i < n; i++) {
      Thread t = threads[i];
      if (t.isAlive() && !t.isDaemon() && !WORKERS.contains(t) && !t.getName().equals(DESTROY_JAVA_VM)) {
        return false;
      }
    }
    return true;
  }
}
