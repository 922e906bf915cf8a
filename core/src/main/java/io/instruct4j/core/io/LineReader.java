package io.instruct4j.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Splits text into lines on {@code \n} (a trailing {@code \r} is dropped), numbering them from 1
 * the same way {@link StrictUtf8Reader} counts lines, so every error names the same line. A lone
 * {@code \r} is not a line break: JSON strings never contain one raw, and counting it would shift
 * line numbers against what editors show for JSONL.
 */
final class LineReader implements Closeable {

  /** Longer lines are refused rather than buffered: 64 Mi chars is no JSONL record. */
  static final int MAX_LINE_CHARS = 64 * 1024 * 1024;

  private final Reader in;
  private final String file;
  private final char[] buf = new char[8192];
  private int pos;
  private int limit;
  private long lineNumber;
  private boolean eof;

  LineReader(Reader in, String file) {
    this.in = Objects.requireNonNull(in, "in");
    this.file = Objects.requireNonNull(file, "file");
  }

  /** The next line without its terminator, or null at the end of the file. */
  String next() {
    StringBuilder line = null;
    while (true) {
      if (pos == limit && !refill()) {
        if (line == null) {
          return null;
        }
        lineNumber++;
        return stripCr(line);
      }
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      if (line == null) {
        line = new StringBuilder(Math.max(16, pos - start));
      }
      line.append(buf, start, pos - start);
      if (line.length() > MAX_LINE_CHARS) {
        throw new InputFileException(file, lineNumber + 1, "line is longer than " + MAX_LINE_CHARS
            + " characters; is this a JSON file rather than JSONL (one record per line)?");
      }
      if (pos < limit) {
        pos++; // the '\n'
        lineNumber++;
        return stripCr(line);
      }
    }
  }

  /** The number of the line {@link #next()} returned last. */
  long lineNumber() {
    return lineNumber;
  }

  private boolean refill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String stripCr(StringBuilder line) {
    int len = line.length();
    if (len > 0 && line.charAt(len - 1) == '\r') {
      line.setLength(len - 1);
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
