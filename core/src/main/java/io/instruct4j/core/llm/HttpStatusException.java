package io.instruct4j.core.llm;

import dev.langchain4j.exception.HttpException;

/**
 * An HTTP error response with the server's Retry-After. LangChain4j's own {@link HttpException}
 * drops the response headers; this subclass keeps the one header we need, and LangChain4j still
 * maps it to its typed exceptions (RateLimitException, ...) because it is an HttpException.
 */
final class HttpStatusException extends HttpException {

  private final long retryAfterMillis;

  HttpStatusException(int statusCode, String body, long retryAfterMillis) {
    super(statusCode, body);
    this.retryAfterMillis = retryAfterMillis;
  }

  /** The server's Retry-After in milliseconds, or {@link RetryAfter#NONE}. */
  long retryAfterMillis() {
    return retryAfterMillis;
  }
}
