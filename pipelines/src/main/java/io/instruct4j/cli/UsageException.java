package io.instruct4j.cli;

/** A mistake in how the tool was called or configured; the CLI exits with code 2. */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }

  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
