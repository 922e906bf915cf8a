package io.instruct4j.core.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The API key and where it came from. Kept out of every message: {@link #toString()} is redacted
 * and {@link #redact(String)} scrubs it from any text that leaves the gateway.
 */
final class ApiKey {

  /**
   * Sent when no key is configured: local servers (vLLM, Ollama) accept any bearer token, and the
   * OpenAI client needs one. "EMPTY" is what vLLM's own docs use.
   */
  static final String PLACEHOLDER = "EMPTY";

  private final String value;
  private final String source;
  private final boolean configured;

  private ApiKey(String value, String source, boolean configured) {
    this.value = value;
    this.source = source;
    this.configured = configured;
  }

  /** Reads the key from llm.api_key_file when set, else from the llm.api_key_env variable. */
  static ApiKey resolve(LlmConfig config, Function<String, String> env) {
    if (config.apiKeyFile() != null && !config.apiKeyFile().isBlank()) {
      return fromFile(Path.of(config.apiKeyFile()));
    }
    String fromEnv = env.apply(config.apiKeyEnv());
    if (fromEnv == null || fromEnv.isBlank()) {
      return new ApiKey(PLACEHOLDER, "no key configured", false);
    }
    return new ApiKey(fromEnv.trim(),
        "the environment variable " + config.apiKeyEnv() + " (llm.api_key_env)", true);
  }

  private static ApiKey fromFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException | RuntimeException e) {
      // The exception text names only the file, never its content.
      throw new LlmException(LlmException.Kind.OTHER, "cannot read the API key file '" + file
          + "' (llm.api_key_file): " + e.getClass().getSimpleName()
          + "; fix the path or unset llm.api_key_file to use llm.api_key_env", null);
    }
    if (text.isEmpty()) {
      throw new LlmException(LlmException.Kind.OTHER, "the API key file '" + file
          + "' (llm.api_key_file) is empty; put the key in it or unset llm.api_key_file", null);
    }
    return new ApiKey(text, "the file " + file + " (llm.api_key_file)", true);
  }

  String value() {
    return value;
  }

  /** True when a real key was found (not the placeholder). */
  boolean configured() {
    return configured;
  }

  /** Where the key came from, in words for an error message. */
  String source() {
    return source;
  }

  /** The text with every occurrence of the key replaced. */
  String redact(String text) {
    if (text == null || !configured || value.length() < 4) {
      return text;
    }
    return text.replace(value, "[redacted]");
  }

  @Override
  public String toString() {
    return "ApiKey[" + source + ", value=[redacted]]";
  }
}
