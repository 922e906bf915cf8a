package io.instruct4j.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes records as JSONL (one compact JSON object per line, UTF-8) all-or-nothing: lines go to
 * a temp file that {@link #commit()} renames over the target (see {@link AtomicFiles}). A failed
 * write, {@link #abort()}, or {@link #close()} without {@code commit()} deletes the temp file and
 * leaves the target as it was. Commit is explicit because {@code close()} in try-with-resources
 * cannot tell success from an exception thrown by the caller's own loop. Not thread-safe.
 *
 * @param <T> the record type
 */
public final class JsonlWriter<T> implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(JsonlWriter.class);

  private enum State { OPEN, COMMITTED, ABORTED }

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream out;
  private State state = State.OPEN;
  private long count;

  private JsonlWriter(Path target, Path temp, FileChannel channel) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
  }

  /** Starts writing {@code target}; folders are created; nothing is visible there until commit. */
  public static <T> JsonlWriter<T> open(Path target) {
    Objects.requireNonNull(target, "target");
    Path temp = AtomicFiles.createTempSibling(target);
    try {
      return new JsonlWriter<>(target, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
    } catch (IOException e) {
      AtomicFiles.deleteQuietly(temp);
      throw new OutputFileException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Writes all {@code values} to {@code target} and commits; returns how many were written. */
  public static <T> long writeAll(Path target, Iterable<? extends T> values) {
    try (JsonlWriter<T> writer = open(target)) {
      for (T value : values) {
        writer.write(value);
      }
      writer.commit();
      return writer.count();
    }
  }

  /** Appends one record as a line. On failure the whole file is abandoned (see class doc). */
  public void write(T value) {
    Objects.requireNonNull(value, "value");
    requireOpen("write");
    byte[] json;
    try {
      json = Json.MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      abort();
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName()
          + " as JSON to " + target + ": " + e.getOriginalMessage() + "; nothing was written", e);
    }
    try {
      out.write(json);
      out.write('\n');
      count++;
    } catch (IOException e) {
      abort();
      throw new OutputFileException("cannot write " + target + " (record " + (count + 1) + "): "
          + e.getMessage() + "; nothing was written", e);
    }
  }

  /** Flushes to disk and renames the temp file over the target. */
  public void commit() {
    requireOpen("commit");
    try {
      out.flush();
      channel.force(true);
      out.close();
    } catch (IOException e) {
      abort();
      throw new OutputFileException("cannot finish " + target + ": " + e.getMessage()
          + "; nothing was written", e);
    }
    state = State.COMMITTED;
    try {
      AtomicFiles.publish(temp, target);
    } catch (OutputFileException e) {
      state = State.ABORTED;
      throw e;
    }
  }

  /** Drops everything written; the target is untouched. Safe to call more than once. */
  public void abort() {
    if (state != State.OPEN) {
      return;
    }
    state = State.ABORTED;
    try {
      out.close();
    } catch (IOException e) {
      // abandoning the file anyway; the failure that led here is the one to report
    }
    AtomicFiles.deleteQuietly(temp);
  }

  /** Aborts unless {@link #commit()} was called. */
  @Override
  public void close() {
    if (state == State.OPEN) {
      LOG.warn("{} closed without commit(): {} records discarded, target left untouched", target, count);
      abort();
    }
  }

  /** Records written so far. */
  public long count() {
    return count;
  }

  public Path target() {
    return target;
  }

  private void requireOpen(String action) {
    if (state != State.OPEN) {
      throw new IllegalStateException("cannot " + action + " " + target + ": writer is "
          + state.name().toLowerCase(Locale.ROOT));
    }
  }
}
