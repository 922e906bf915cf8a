package io.instruct4j.core.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How to reach the model and how hard to push it: the {@code llm:} section of the config file.
 * Holds no secret: the API key is read from {@link #apiKeyEnv} or {@link #apiKeyFile} when the
 * gateway starts, so pipelines and reports can carry this object freely.
 *
 * @param baseUrl the OpenAI-compatible base URL, e.g. {@code http://localhost:8000/v1}
 * @param model the model name the endpoint serves
 * @param apiKeyEnv the environment variable holding the API key (default {@code OPENAI_API_KEY})
 * @param apiKeyFile a file holding the API key, used when set (takes precedence over the variable)
 * @param timeoutSeconds per-request timeout of the HTTP backend (default 120)
 * @param maxInFlight requests in flight at once across the JVM (default 16)
 * @param requestsPerMinute request rate limit, 0 for none (default 0)
 * @param tokensPerMinute prompt+completion token rate limit, 0 for none (default 0)
 * @param maxRetries retries after the first attempt for transient faults (default 6)
 * @param initialBackoffMillis first backoff, doubled per retry with jitter (default 500)
 * @param maxBackoffMillis the longest backoff and the longest Retry-After honoured (default 60000)
 * @param cacheFile the response cache database; null disables caching
 * @param backend {@value #OPENAI} (default: an OpenAI-compatible endpoint at {@link #baseUrl}) or
 *     {@value #EMBEDDED} (a GGUF model run in this JVM through llama.cpp, see {@link #modelFile})
 * @param modelFile the GGUF model file the embedded backend runs
 * @param contextSize the embedded model's context in tokens, prompt and reply together (default
 *     4096; 0 takes the context the model was trained with)
 * @param threads CPU threads the embedded model computes with (default 0: llama.cpp's choice)
 * @param gpuLayers layers the embedded model offloads to a GPU (default 0; needs a GPU build of
 *     the llama.cpp binding on the class path, the default jar computes on the CPU)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = false)
public record LlmConfig(
    String baseUrl,
    String model,
    String apiKeyEnv,
    String apiKeyFile,
    Integer timeoutSeconds,
    Integer maxInFlight,
    Integer requestsPerMinute,
    Integer tokensPerMinute,
    Integer maxRetries,
    Long initialBackoffMillis,
    Long maxBackoffMillis,
    String cacheFile,
    String backend,
    String modelFile,
    Integer contextSize,
    Integer threads,
    Integer gpuLayers)
    implements Serializable {

  /** The backend that calls an OpenAI-compatible HTTP endpoint. */
  public static final String OPENAI = "openai";
  /** The backend that runs a local GGUF model in this JVM. */
  public static final String EMBEDDED = "embedded";

  public LlmConfig {
    apiKeyEnv = orDefault(apiKeyEnv, "OPENAI_API_KEY");
    timeoutSeconds = atLeast("timeout_seconds", orDefault(timeoutSeconds, 120), 1);
    maxInFlight = atLeast("max_in_flight", orDefault(maxInFlight, 16), 1);
    requestsPerMinute = atLeast("requests_per_minute", orDefault(requestsPerMinute, 0), 0);
    tokensPerMinute = atLeast("tokens_per_minute", orDefault(tokensPerMinute, 0), 0);
    maxRetries = atLeast("max_retries", orDefault(maxRetries, 6), 0);
    initialBackoffMillis = atLeast("initial_backoff_millis", orDefault(initialBackoffMillis, 500L), 0);
    maxBackoffMillis = atLeast("max_backoff_millis", orDefault(maxBackoffMillis, 60_000L), 0);
    backend = orDefault(backend, OPENAI);
    if (!backend.equals(OPENAI) && !backend.equals(EMBEDDED)) {
      throw new IllegalArgumentException("llm.backend must be '" + OPENAI + "' (an HTTP endpoint) or '"
          + EMBEDDED + "' (a local GGUF model file), got '" + backend + "'");
    }
    contextSize = atLeast("context_size", orDefault(contextSize, 4096), 0);
    threads = atLeast("threads", orDefault(threads, 0), 0);
    gpuLayers = atLeast("gpu_layers", orDefault(gpuLayers, 0), 0);
  }

  /** The endpoint settings only; the embedded-model settings take their defaults. */
  public LlmConfig(String baseUrl, String model, String apiKeyEnv, String apiKeyFile,
      Integer timeoutSeconds, Integer maxInFlight, Integer requestsPerMinute, Integer tokensPerMinute,
      Integer maxRetries, Long initialBackoffMillis, Long maxBackoffMillis, String cacheFile) {
    this(baseUrl, model, apiKeyEnv, apiKeyFile, timeoutSeconds, maxInFlight, requestsPerMinute,
        tokensPerMinute, maxRetries, initialBackoffMillis, maxBackoffMillis, cacheFile,
        null, null, null, null, null);
  }

  /** A config for the endpoint and model with every other setting at its default. */
  public static LlmConfig of(String baseUrl, String model) {
    return new LlmConfig(baseUrl, model, null, null, null, null, null, null, null, null, null, null);
  }

  /** A config for the GGUF model file run in this JVM, with every other setting at its default. */
  public static LlmConfig embedded(String modelFile) {
    return of(null, null).withModelFile(modelFile);
  }

  /** True when calls run on the local model file rather than an HTTP endpoint. */
  public boolean usesEmbeddedModel() {
    return EMBEDDED.equals(backend);
  }

  /**
   * The model as summaries and reports name it: the model file's name for the embedded backend
   * (its {@code model} setting is ignored there), else {@code model}.
   */
  public String modelName() {
    if (usesEmbeddedModel() && modelFile != null) {
      return java.nio.file.Path.of(modelFile).getFileName().toString();
    }
    return model;
  }

  /** Checks the settings a call cannot do without; the message names the setting to fix. */
  public LlmConfig validated() {
    if (usesEmbeddedModel()) {
      return validatedModelFile();
    }
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException(
          "llm.base_url is not set: give --endpoint URL or set llm.base_url in the config "
              + "(e.g. http://localhost:8000/v1 for vLLM, http://localhost:11434/v1 for Ollama)");
    }
    if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException(
          "llm.base_url must start with http:// or https://, got '" + baseUrl + "'");
    }
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("llm.model is not set: give --model NAME or set llm.model in the config");
    }
    return this;
  }

  private LlmConfig validatedModelFile() {
    if (modelFile == null || modelFile.isBlank()) {
      throw new IllegalArgumentException("llm.model_file is not set: with llm.backend: embedded, point "
          + "llm.model_file at a GGUF model file (e.g. models/Qwen2.5-1.5B-Instruct-Q4_K_M.gguf)");
    }
    Path file;
    try {
      file = Path.of(modelFile).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("llm.model_file '" + modelFile + "' is not a valid path: "
          + e.getReason());
    }
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("llm.model_file '" + file + "' does not exist: download a GGUF "
          + "model there or point llm.model_file at one");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("llm.model_file '" + file + "' is not a file: point it at a .gguf file");
    }
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("llm.model_file '" + file + "' cannot be read: check its permissions");
    }
    return this;
  }

  public LlmConfig withBaseUrl(String value) {
    return new LlmConfig(value, model, apiKeyEnv, apiKeyFile, timeoutSeconds, maxInFlight,
        requestsPerMinute, tokensPerMinute, maxRetries, initialBackoffMillis, maxBackoffMillis, cacheFile,
        backend, modelFile, contextSize, threads, gpuLayers);
  }

  public LlmConfig withModel(String value) {
    return new LlmConfig(baseUrl, value, apiKeyEnv, apiKeyFile, timeoutSeconds, maxInFlight,
        requestsPerMinute, tokensPerMinute, maxRetries, initialBackoffMillis, maxBackoffMillis, cacheFile,
        backend, modelFile, contextSize, threads, gpuLayers);
  }

  public LlmConfig withCacheFile(String value) {
    return new LlmConfig(baseUrl, model, apiKeyEnv, apiKeyFile, timeoutSeconds, maxInFlight,
        requestsPerMinute, tokensPerMinute, maxRetries, initialBackoffMillis, maxBackoffMillis, value,
        backend, modelFile, contextSize, threads, gpuLayers);
  }

  public LlmConfig withBackoff(long initialMillis, long maxMillis) {
    return new LlmConfig(baseUrl, model, apiKeyEnv, apiKeyFile, timeoutSeconds, maxInFlight,
        requestsPerMinute, tokensPerMinute, maxRetries, initialMillis, maxMillis, cacheFile,
        backend, modelFile, contextSize, threads, gpuLayers);
  }

  public LlmConfig withLimits(int inFlight, int rpm, int tpm) {
    return new LlmConfig(baseUrl, model, apiKeyEnv, apiKeyFile, timeoutSeconds, inFlight,
        rpm, tpm, maxRetries, initialBackoffMillis, maxBackoffMillis, cacheFile,
        backend, modelFile, contextSize, threads, gpuLayers);
  }

  public LlmConfig withRetries(int retries, int timeout) {
    return new LlmConfig(baseUrl, model, apiKeyEnv, apiKeyFile, timeout, maxInFlight,
        requestsPerMinute, tokensPerMinute, retries, initialBackoffMillis, maxBackoffMillis, cacheFile,
        backend, modelFile, contextSize, threads, gpuLayers);
  }

  public LlmConfig withApiKey(String env, String file) {
    return new LlmConfig(baseUrl, model, env, file, timeoutSeconds, maxInFlight,
        requestsPerMinute, tokensPerMinute, maxRetries, initialBackoffMillis, maxBackoffMillis, cacheFile,
        backend, modelFile, contextSize, threads, gpuLayers);
  }

  /** The embedded backend on this GGUF file; the other embedded settings are kept. */
  public LlmConfig withModelFile(String value) {
    return new LlmConfig(baseUrl, model, apiKeyEnv, apiKeyFile, timeoutSeconds, maxInFlight,
        requestsPerMinute, tokensPerMinute, maxRetries, initialBackoffMillis, maxBackoffMillis, cacheFile,
        EMBEDDED, value, contextSize, threads, gpuLayers);
  }

  /** The embedded model's context size, CPU threads and GPU layers, as in the component docs. */
  public LlmConfig withEmbeddedSettings(int context, int cpuThreads, int layersOnGpu) {
    return new LlmConfig(baseUrl, model, apiKeyEnv, apiKeyFile, timeoutSeconds, maxInFlight,
        requestsPerMinute, tokensPerMinute, maxRetries, initialBackoffMillis, maxBackoffMillis, cacheFile,
        backend, modelFile, context, cpuThreads, layersOnGpu);
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }

  private static <T extends Number> T atLeast(String name, T value, long min) {
    if (value.longValue() < min) {
      throw new IllegalArgumentException("llm." + name + " must be at least " + min + ", got " + value);
    }
    return value;
  }
}
