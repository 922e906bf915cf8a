package io.instruct4j.core.llm;

/**
 * The one thing the generation methods need from a model: a prompt in, a reply out. Thread-safe;
 * implementations apply caching, rate limits and retries behind this seam.
 */
public interface LlmClient extends AutoCloseable {

  /**
   * Sends one call and returns the reply.
   *
   * @throws LlmException when the call fails for good; {@link LlmException#retriable()} says
   *     whether the cause was transient (retries exhausted) or needs a fix by the user
   */
  ChatResult chat(ChatCall call);

  @Override
  default void close() {}
}
