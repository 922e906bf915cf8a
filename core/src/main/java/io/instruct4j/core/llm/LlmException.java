package io.instruct4j.core.llm;

/**
 * A failed model call. The {@link Kind} decides retrying, never the message text: transient kinds
 * are retried with backoff, the others fail fast with a message that says what to fix.
 */
public class LlmException extends RuntimeException {

  /** What went wrong, in the terms a user acts on. */
  public enum Kind {
    RATE_LIMITED(true),
    SERVER_ERROR(true),
    TIMEOUT(true),
    CONNECTION(true),
    /** The reply arrived but could not be read (malformed JSON, no choices). */
    MALFORMED_REPLY(true),
    AUTHENTICATION(false),
    MODEL_NOT_FOUND(false),
    BAD_REQUEST(false),
    OTHER(false);

    private final boolean retriable;

    Kind(boolean retriable) {
      this.retriable = retriable;
    }

    public boolean retriable() {
      return retriable;
    }

    /** The snake_case name used in dead letters and summaries. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Kind kind;
  private final int attempts;
  private final long retryAfterMillis;

  public LlmException(Kind kind, String message, Throwable cause) {
    this(kind, message, cause, 1, -1);
  }

  public LlmException(Kind kind, String message, Throwable cause, int attempts, long retryAfterMillis) {
    super(message, cause);
    this.kind = kind;
    this.attempts = attempts;
    this.retryAfterMillis = retryAfterMillis;
  }

  public Kind kind() {
    return kind;
  }

  public boolean retriable() {
    return kind.retriable();
  }

  /** How many attempts were made before giving up. */
  public int attempts() {
    return attempts;
  }

  /** The server's Retry-After in milliseconds, or -1 when it sent none. */
  public long retryAfterMillis() {
    return retryAfterMillis;
  }

  /** A copy that records the number of attempts made. */
  public LlmException afterAttempts(int n) {
    LlmException e = new LlmException(kind, getMessage(), getCause(), n, retryAfterMillis);
    e.setStackTrace(getStackTrace());
    return e;
  }
}
