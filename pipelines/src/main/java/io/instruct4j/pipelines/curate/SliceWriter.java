package io.instruct4j.pipelines.curate;

import io.instruct4j.core.concurrent.DaemonThreads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Writes the driver's slices ({@link SliceFiles}) on a background thread while the driver goes on
 * parsing the inputs: the two halves of reading take similar time, so on two cores this nearly
 * halves it. At most four slices wait; beyond that the driver writes the next one itself.
 */
final class SliceWriter implements AutoCloseable {

  private final Path folder;
  private final ThreadPoolExecutor thread;
  private final List<Future<String>> written = new ArrayList<>();

  SliceWriter(Path folder) {
    this.folder = folder;
    this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(4),
        DaemonThreads.named("instruct4j-slice-writer"), new ThreadPoolExecutor.CallerRunsPolicy());
  }

  void write(CurateBatch slice) {
    written.add(thread.submit(() -> SliceFiles.write(folder, slice).toString()));
  }

  /** Waits for every slice; returns their files in the order written, or throws what a write threw. */
  List<String> finish() {
    List<String> files = new ArrayList<>();
    try {
      for (Future<String> file : written) {
        files.add(file.get());
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("writing a curation slice failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the curation slices", e);
    }
    return files;
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
