package io.instruct4j.filters.dedup;

import io.instruct4j.core.concurrent.DaemonThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Maps a list on all cores, chunk by chunk, and hands the results to one sequential consumer in
 * list order while the next chunk is being mapped.
 *
 * <p>Dedup has a per-example part that needs no shared state (normalizing and hashing a text,
 * shingling and MinHashing it) and a part that must see the examples one by one in input order
 * (the hash set, the LSH index). The first part is most of the work; this runs it in parallel
 * and leaves the second sequential, so results are identical to a single-threaded run. Memory is
 * bounded by two chunks of results.
 */
final class OrderedParallel {

  static final int CHUNK = 4096;

  private OrderedParallel() {}

  /**
   * Applies a mapper to every item and gives {@code sink} each result with its index, in order.
   *
   * @param mappers makes a mapper per task: mappers need not be thread-safe, since each is used by
   *     one thread over one run of items
   */
  static <T, R> void forEach(List<T> items, Supplier<Function<T, R>> mappers, ObjIntConsumer<R> sink) {
    int threads = Runtime.getRuntime().availableProcessors();
    if (threads == 1 || items.size() <= CHUNK) {
      Function<T, R> mapper = mappers.get();
      for (int i = 0; i < items.size(); i++) {
        sink.accept(mapper.apply(items.get(i)), i);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("instruct4j-dedup-hash"));
    try {
      CompletableFuture<List<R>> next = chunk(pool, items, 0, threads, mappers);
      for (int from = 0; from < items.size(); from += CHUNK) {
        List<R> current = join(next);
        next = from + CHUNK < items.size() ? chunk(pool, items, from + CHUNK, threads, mappers) : null;
        for (int j = 0; j < current.size(); j++) {
          sink.accept(current.get(j), from + j);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, R> CompletableFuture<List<R>> chunk(ExecutorService pool, List<T> items, int from, int parts,
      Supplier<Function<T, R>> mappers) {
    int to = Math.min(items.size(), from + CHUNK);
    int step = (to - from + parts - 1) / parts;
    List<CompletableFuture<List<R>>> tasks = new ArrayList<>();
    for (int start = from; start < to; start += step) {
      int s = start;
      int e = Math.min(to, start + step);
      tasks.add(CompletableFuture.supplyAsync(() -> {
        Function<T, R> mapper = mappers.get();
        List<R> out = new ArrayList<>(e - s);
        for (int i = s; i < e; i++) {
          out.add(mapper.apply(items.get(i)));
        }
        return out;
      }, pool));
    }
    return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).thenApply(done -> {
      List<R> all = new ArrayList<>(to - from);
      tasks.forEach(task -> all.addAll(task.join()));
      return all;
    });
  }

  private static <R> List<R> join(CompletableFuture<List<R>> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      // Rethrow what the mapper threw, so callers see the same exception as in a sequential run.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
