package io.instruct4j.core.io;

/** A record (a JSONL line, an array element) cannot be read; thrown under {@link BadRecordPolicy#FAIL}. */
public final class BadRecordException extends InputFileException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  public BadRecordException(String file, long line, String reason) {
    super(file, line, reason);
    this.reason = reason;
  }

  /** Why the record was refused, without the location. */
  public String reason() {
    return reason;
  }
}
