package io.instruct4j.core.llm;

import io.instruct4j.core.llm.embedded.EmbeddedBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resilient {@link LlmClient}: response cache, then single-flight for identical calls in
 * flight, then the concurrency and rate limits, then retries with backoff around one attempt of
 * the {@link ModelBackend} that {@code llm.backend} selects (an HTTP endpoint through LangChain4j,
 * or a GGUF model file run in this JVM); fresh replies (truncated ones included) are stored before
 * they are returned, failures never. A rerun over the same cache file pays only for the calls that
 * never finished.
 *
 * <p>Use {@link #shared(LlmConfig)} or {@link #factory(LlmConfig)} in pipelines, so every caller
 * in the JVM shares one instance per config and therefore one set of limits; use
 * {@link #create(LlmConfig)} for a standalone instance that the caller closes.
 */
public final class LlmGateway implements LlmClient {

  private static final Logger LOG = LoggerFactory.getLogger(LlmGateway.class);

  private final LlmConfig config;
  private final ResponseCache cache;
  private final ModelBackend backend;
  private final String cacheModel;
  private final RetryingCaller caller;
  private final SingleFlight<String, ChatResult> inFlight = new SingleFlight<>();
  private final Map<String, StageCounters> stats = new ConcurrentHashMap<>();
  private final boolean shared;
  private final AtomicBoolean closed = new AtomicBoolean();

  LlmGateway(LlmConfig config, Function<String, String> env, boolean shared) {
    this.config = config.validated();
    this.cache = config.cacheFile() == null ? null : ResponseCache.open(Path.of(config.cacheFile()));
    try {
      this.backend = openBackend(config, env);
    } catch (RuntimeException e) {
      if (cache != null) {
        cache.close();
      }
      throw e;
    }
    this.cacheModel = backend.cacheIdentity();
    this.caller = new RetryingCaller(backend,
        new CallLimits(config.maxInFlight(), config.requestsPerMinute(), config.tokensPerMinute()),
        new Backoff(config.initialBackoffMillis(), config.maxBackoffMillis()), config.maxRetries());
    this.shared = shared;
  }

  /** {@code llm.backend} decides: the HTTP endpoint, or the GGUF file loaded in this JVM. */
  private static ModelBackend openBackend(LlmConfig config, Function<String, String> env) {
    if (config.usesEmbeddedModel()) {
      return EmbeddedBackend.open(config);
    }
    return new ModelCaller(config, ApiKey.resolve(config, env));
  }

  /** A standalone gateway with its own limits; close it to close its cache file. */
  public static LlmGateway create(LlmConfig config) {
    return new LlmGateway(config, System::getenv, false);
  }

  /** The JVM-wide gateway for this config, created on first use; its close() does nothing. */
  public static LlmGateway shared(LlmConfig config) {
    return GatewayRegistry.get(config);
  }

  /** A serializable recipe that opens {@link #shared(LlmConfig)} where it runs. */
  public static LlmClientFactory factory(LlmConfig config) {
    return new SharedGatewayFactory(config.validated());
  }

  /** Closes every shared gateway (cache files, loaded models) and forgets them; for tests and shutdown. */
  public static void closeShared() {
    GatewayRegistry.closeAll();
  }

  @Override
  public ChatResult chat(ChatCall call) {
    if (closed.get()) {
      throw new IllegalStateException("this LlmGateway is closed");
    }
    StageCounters counters = stats.computeIfAbsent(call.stage(), s -> new StageCounters());
    try {
      requireSendable(call);
      String key = CacheKey.of(cacheModel, call);
      Optional<ChatResult> hit = cached(key);
      if (hit.isPresent()) {
        counters.cacheHit();
        return hit.get();
      }
      SingleFlight.Outcome<ChatResult> outcome = inFlight.run(key, () -> fetch(call, key, counters));
      if (!outcome.leader()) {
        counters.cacheHit(); // joined an identical call: nothing paid by this caller
        return outcome.value().asCached();
      }
      return outcome.value();
    } catch (RuntimeException e) {
      counters.failure();
      throw e;
    }
  }

  /** LangChain4j refuses a blank system message; say so before anything is sent or cached. */
  private static void requireSendable(ChatCall call) {
    for (int i = 0; i < call.messages().size(); i++) {
      ChatMessage m = call.messages().get(i);
      if (m.role() == ChatMessage.Role.SYSTEM && m.content().isBlank()) {
        throw new LlmException(LlmException.Kind.BAD_REQUEST, "stage '" + call.stage() + "': message "
            + i + " is a blank system message, which cannot be sent: give it text or leave it out", null);
      }
    }
  }

  /** The leader's path: check the cache again (a finished flight may just have filled it). */
  private ChatResult fetch(ChatCall call, String key, StageCounters counters) {
    Optional<ChatResult> hit = cached(key);
    if (hit.isPresent()) {
      counters.cacheHit();
      return hit.get();
    }
    ChatResult fresh = caller.call(call, key, counters);
    counters.fresh(fresh);
    store(fresh);
    return fresh;
  }

  private Optional<ChatResult> cached(String key) {
    return cache == null ? Optional.empty() : cache.get(key);
  }

  private void store(ChatResult fresh) {
    if (cache == null) {
      return;
    }
    try {
      cache.put(fresh);
    } catch (LlmException e) {
      // The reply is paid for: hand it to the caller rather than lose it with the write.
      LOG.error("{}; the reply is returned but a rerun will pay for it again", e.getMessage());
    }
  }

  /** Per-stage accounting since start or {@link #resetStats()}, by stage name. */
  public Map<String, LlmStats> stats() {
    Map<String, LlmStats> out = new TreeMap<>();
    stats.forEach((stage, c) -> out.put(stage, c.snapshot()));
    return out;
  }

  public void resetStats() {
    stats.clear();
  }

  public LlmConfig config() {
    return config;
  }

  /** Closes the cache file and the backend; a shared gateway ignores this (see {@link #closeShared()}). */
  @Override
  public void close() {
    if (!shared) {
      closeNow();
    }
  }

  void closeNow() {
    if (closed.compareAndSet(false, true)) {
      backend.close();
      if (cache != null) {
        cache.close();
      }
    }
  }

  @Override
  public String toString() {
    String target = config.usesEmbeddedModel() ? "embedded " + config.modelFile()
        : config.baseUrl() + ", model=" + config.model();
    return "LlmGateway[" + target + (cache == null ? "" : ", cache=" + cache.file()) + "]";
  }
}
