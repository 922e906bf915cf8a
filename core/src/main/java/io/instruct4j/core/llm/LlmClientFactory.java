package io.instruct4j.core.llm;

import java.io.Serializable;

/**
 * The serializable seam between a pipeline and the model: a recipe that DoFns carry and open in
 * {@code @Setup}. Opening is cheap and returns a client shared by every caller in the JVM, so the
 * concurrency and rate limits hold for the whole process, not per DoFn instance.
 */
@FunctionalInterface
public interface LlmClientFactory extends Serializable {

  /** Returns a ready client; callers do not close it (the JVM-wide instance outlives them). */
  LlmClient open();
}
