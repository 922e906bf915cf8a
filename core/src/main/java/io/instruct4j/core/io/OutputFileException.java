package io.instruct4j.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;

/** An output file or folder cannot be written; the message names it and what to fix. */
public final class OutputFileException extends UncheckedIOException {

  private static final long serialVersionUID = 1L;

  public OutputFileException(String message, IOException cause) {
    super(message, cause);
  }
}
