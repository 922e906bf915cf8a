package io.instruct4j.pipelines.progress;

import io.instruct4j.core.concurrent.DaemonThreads;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Polls a counter while a stage runs and shows it through a {@link Terminal}: redrawn every
 * {@code refreshMillis} on a live terminal; elsewhere one plain line every {@code plainMillis}
 * (a log then shows that a long stage is alive without a line per refresh). Close it when the
 * stage ends; the status line is erased and the caller prints the stage's result.
 */
public final class ProgressTicker implements AutoCloseable {

  private final Terminal terminal;
  private final ProgressLine line;
  private final LongSupplier done;
  private final LongSupplier nanos;
  private final long started;
  private final long plainEveryNanos;
  private final ScheduledExecutorService timer;
  private long lastPlain;

  /**
   * A ticker with its own clock and rates (the timer is left out when {@code schedule} is false,
   * and {@link #tick()} is called by hand).
   *
   * @param nanos the clock, in nanoseconds
   * @param refreshMillis how often the live line is redrawn
   * @param plainMillis how often a plain line is written when the terminal is not live
   */
  public ProgressTicker(Terminal terminal, ProgressLine line, LongSupplier done, LongSupplier nanos,
      long refreshMillis, long plainMillis, boolean schedule) {
    this.terminal = terminal;
    this.line = line;
    this.done = done;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
    this.lastPlain = started;
    this.plainEveryNanos = TimeUnit.MILLISECONDS.toNanos(plainMillis);
    if (schedule) {
      timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("instruct4j-progress"));
      timer.scheduleAtFixedRate(this::tick, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
    } else {
      timer = null;
    }
  }

  /** Starts polling {@code done} every 500 ms; plain lines every 30 s when not on a terminal. */
  public static ProgressTicker start(Terminal terminal, ProgressLine line, LongSupplier done) {
    return new ProgressTicker(terminal, line, done, System::nanoTime, 500, 30_000, true);
  }

  /** One refresh: what the timer does every {@code refreshMillis}. */
  public void tick() {
    try {
      long now = nanos.getAsLong();
      String text = line.render(done.getAsLong(), (now - started) / 1e9);
      if (terminal.live()) {
        terminal.status(text);
      } else if (now - lastPlain >= plainEveryNanos) {
        lastPlain = now;
        terminal.line(text);
      }
    } catch (RuntimeException e) {
      // A failing counter must never stop the stage it only reports on.
      terminal.clear();
    }
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
      try {
        timer.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    terminal.clear();
  }
}
