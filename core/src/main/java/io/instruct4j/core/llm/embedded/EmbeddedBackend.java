package io.instruct4j.core.llm.embedded;

import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmException;
import io.instruct4j.core.llm.ModelBackend;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code llm.backend: embedded} backend: a GGUF model file run in this JVM by llama.cpp
 * (de.kherud:llama, whose jar ships the CPU library). The model is loaded when the backend opens,
 * so a bad {@code llm.model_file} fails at start, not at the first call; backends on the same file
 * and settings share one load.
 *
 * <p>Failures are never retriable: a local generation that failed fails the same way again.
 */
public final class EmbeddedBackend implements ModelBackend {

  private final LoadedModel model;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedBackend(LoadedModel model) {
    this.model = model;
  }

  /**
   * Loads (or joins) the model {@code llm.model_file} names.
   *
   * @throws IllegalArgumentException when the file is missing or not a usable GGUF model
   * @throws LlmException when llama.cpp cannot load it
   */
  public static EmbeddedBackend open(LlmConfig config) {
    if (!config.usesEmbeddedModel()) {
      throw new IllegalArgumentException("llm.backend is '" + config.backend() + "', not '"
          + LlmConfig.EMBEDDED + "'");
    }
    return new EmbeddedBackend(ModelPool.acquire(ModelSpec.of(config.validated())));
  }

  @Override
  public ChatResult call(ChatCall call, String promptHash) {
    Reply reply = model.generate(call);
    return new ChatResult(reply.text(), reply.finishReason(), reply.promptTokens(),
        reply.completionTokens(), model.name(), false, 1, promptHash);
  }

  @Override
  public LlmException classify(Throwable failure) {
    if (failure instanceof LlmException e) {
      return e;
    }
    String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    return new LlmException(LlmException.Kind.OTHER, "the embedded model '" + model.name()
        + "' failed: " + failure.getClass().getSimpleName() + message, failure);
  }

  @Override
  public String cacheIdentity() {
    return model.identity();
  }

  /** The loaded model, for tests in this package. */
  LoadedModel model() {
    return model;
  }

  /** Releases the model; the last backend on it frees it. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      ModelPool.release(model);
    }
  }

  @Override
  public String toString() {
    return "EmbeddedBackend[" + model.name() + ", context " + model.contextSize() + "]";
  }
}
