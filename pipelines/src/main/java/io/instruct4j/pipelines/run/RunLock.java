package io.instruct4j.pipelines.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a run folder ({@code .run.lock}), held while a run works in it: two runs
 * writing one {@code run-state.json} and one stage folder would leave neither whole. The operating
 * system releases the lock when the process dies, so a killed run never blocks the next one.
 */
final class RunLock implements AutoCloseable {

  static final String FILE = ".run.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static RunLock acquire(Path runDir) {
    Path file = runDir.resolve(FILE);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw busy(runDir);
      }
      return new RunLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      close(channel);
      throw busy(runDir);
    } catch (IOException e) {
      close(channel);
      throw new UncheckedIOException("cannot lock the run folder " + runDir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(channel);
      throw e;
    }
  }

  private static IllegalStateException busy(Path runDir) {
    return new IllegalStateException("another instruct4j run is working in " + runDir
        + "; wait for it to finish, or give this run another run.name or --output");
  }

  private static void close(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Nothing was locked; the original failure is the one to report.
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the run folder lock: " + e.getMessage(), e);
    }
  }
}
