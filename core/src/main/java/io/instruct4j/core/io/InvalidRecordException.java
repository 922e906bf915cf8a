package io.instruct4j.core.io;

import java.util.Objects;

/**
 * Thrown by a {@link RecordMapper} when a well-formed JSON object is not a valid record (a
 * required field missing or blank). The reader adds the location and applies the bad-record
 * policy, so the message is only the reason, e.g. {@code missing field 'instruction'}.
 */
public final class InvalidRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidRecordException(String reason) {
    super(Objects.requireNonNull(reason, "reason"));
  }
}
