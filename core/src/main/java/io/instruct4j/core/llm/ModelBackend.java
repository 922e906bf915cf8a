package io.instruct4j.core.llm;

/**
 * One attempt at a model call: the part of {@link LlmGateway} that differs between an HTTP endpoint
 * and a model file run in this JVM. The gateway puts the same cache, single-flight, limits and
 * retries around every backend; the backend only generates, says what a failure means, and names
 * its model for the cache key.
 */
public interface ModelBackend extends AutoCloseable {

  /** Generates once; the result has one attempt and the given cache key. */
  ChatResult call(ChatCall call, String promptHash);

  /**
   * What {@link #call} threw, as an {@link LlmException} whose kind decides retrying; decided by the
   * failure's type, never its message text.
   */
  LlmException classify(Throwable failure);

  /**
   * The model's part of the cache key: two backends whose replies could differ for the same call
   * must never return the same identity, or one model's replies would be served for another.
   */
  String cacheIdentity();

  /** Frees what the backend holds (a loaded model); calls after close fail. */
  @Override
  void close();
}
