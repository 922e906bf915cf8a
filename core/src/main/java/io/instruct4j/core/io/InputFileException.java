package io.instruct4j.core.io;

/**
 * An input file holds something we cannot read; the message starts with {@code file:line} so
 * the user knows exactly what to fix. Unchecked: it is a data problem, not a retriable I/O one.
 */
public class InputFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;

  /** {@code line} is 1-based; 0 when the problem is not on one line (e.g. a byte-order mark). */
  public InputFileException(String file, long line, String problem) {
    super((line > 0 ? file + ":" + line : file) + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public InputFileException(String file, long line, String problem, Throwable cause) {
    this(file, line, problem);
    initCause(cause);
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** The 1-based line number, or 0 when the problem concerns the whole file. */
  public long line() {
    return line;
  }
}
