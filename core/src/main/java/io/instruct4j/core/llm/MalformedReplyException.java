package io.instruct4j.core.llm;

/**
 * A 2xx response whose body is not a usable chat completion (not JSON, or no choices). Raised by
 * the transport before LangChain4j parses the body, so the failure has a type of its own and is
 * retried as {@link LlmException.Kind#MALFORMED_REPLY}.
 */
final class MalformedReplyException extends RuntimeException {

  MalformedReplyException(String message, Throwable cause) {
    super(message, cause);
  }
}
