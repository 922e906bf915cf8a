package io.instruct4j.pipelines.progress;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Where progress goes. On a terminal ({@link #live}) a status line is redrawn in place with
 * carriage returns; anywhere else (a log file, CI, a pipe) nothing is redrawn and only whole
 * lines are written, so logs stay readable. Other output passes through {@link #writer()}, which
 * first erases a status line that is showing, so the two never mix on one line.
 */
public final class Terminal {

  private final PrintWriter out;
  private final boolean live;
  private final Object lock = new Object();
  private int shown; // characters of the status line now on screen; 0 when none

  /**
   * @param out where everything is written
   * @param live whether {@code out} is an interactive terminal that understands carriage returns
   */
  public Terminal(PrintWriter out, boolean live) {
    this.out = out;
    this.live = live;
  }

  /** A terminal that redraws only when the JVM has a console (stdin and stdout are a terminal). */
  public static Terminal detect(PrintWriter out) {
    return new Terminal(out, System.console() != null);
  }

  public boolean live() {
    return live;
  }

  /** Shows {@code text} as the status line: redrawn in place when live, ignored otherwise. */
  public void status(String text) {
    if (!live) {
      return;
    }
    synchronized (lock) {
      StringBuilder b = new StringBuilder("\r").append(text);
      // Blank out what is left of a longer previous line.
      for (int i = text.length(); i < shown; i++) {
        b.append(' ');
      }
      if (text.length() < shown) {
        b.append('\r').append(text);
      }
      out.print(b);
      out.flush();
      shown = text.length();
    }
  }

  /** Writes one whole line (a status line that is showing is erased first). */
  public void line(String text) {
    synchronized (lock) {
      clearLocked();
      out.println(text);
      out.flush();
    }
  }

  /** Erases the status line, if one is showing. */
  public void clear() {
    synchronized (lock) {
      clearLocked();
      out.flush();
    }
  }

  private void clearLocked() {
    if (shown > 0) {
      out.print("\r" + " ".repeat(shown) + "\r");
      shown = 0;
    }
  }

  /** A writer for other components' output (the generators' own progress lines). */
  public PrintWriter writer() {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        synchronized (lock) {
          clearLocked();
          out.write(buf, off, len);
        }
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {
        out.flush();
      }
    }, true);
  }
}
