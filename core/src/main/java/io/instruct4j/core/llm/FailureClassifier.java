package io.instruct4j.core.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.instruct4j.core.llm.LlmException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Turns whatever a model call threw into an {@link LlmException} whose {@link Kind} comes from the
 * exception's type or HTTP status (never its text) and whose message says what to fix. Server
 * bodies of HTTP errors are quoted only after the key is scrubbed, and never for 401/403 (OpenAI
 * echoes part of a rejected key there); raw bodies are not kept as causes.
 */
final class FailureClassifier {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_QUOTE = 300;

  private final LlmConfig config;
  private final ApiKey key;

  FailureClassifier(LlmConfig config, ApiKey key) {
    this.config = config;
    this.key = key;
  }

  LlmException classify(Throwable failure) {
    HttpException http = Causes.find(failure, HttpException.class);
    if (http != null) {
      HttpStatusException ours = Causes.find(failure, HttpStatusException.class);
      long retryAfter = ours == null ? RetryAfter.NONE : ours.retryAfterMillis();
      return fromStatus(http.statusCode(), http.getMessage(), retryAfter);
    }
    String url = config.baseUrl();
    MalformedReplyException malformed = Causes.find(failure, MalformedReplyException.class);
    if (malformed != null || Causes.find(failure, JsonProcessingException.class) != null) {
      String why = malformed != null ? malformed.getMessage() : "its JSON could not be read";
      return error(Kind.MALFORMED_REPLY, "the endpoint at " + url + " sent a reply that is not a "
          + "usable chat completion: " + why, null);
    }
    if (isTimeout(failure)) {
      return error(Kind.TIMEOUT, "no reply from " + url + " within " + config.timeoutSeconds()
          + " s (llm.timeout_seconds)", null);
    }
    if (Causes.find(failure, InterruptedException.class) != null) {
      return error(Kind.OTHER, "interrupted while calling " + url, failure);
    }
    Throwable unreachable = Causes.firstOf(failure, ConnectException.class, UnknownHostException.class,
        UnresolvedAddressException.class, NoRouteToHostException.class,
        UnresolvedModelServerException.class);
    if (unreachable != null) {
      return error(Kind.CONNECTION, "cannot reach " + url + " (llm.base_url): " + Causes.describe(unreachable),
          unreachable);
    }
    IOException io = Causes.find(failure, IOException.class);
    if (io != null) {
      return error(Kind.CONNECTION, "the connection to " + url + " failed before a reply arrived: "
          + Causes.describe(io), io);
    }
    return fromType(failure);
  }

  private LlmException fromStatus(int status, String body, long retryAfter) {
    String url = config.baseUrl();
    String said = serverMessage(body);
    if (status == 401 || status == 403) {
      return new LlmException(Kind.AUTHENTICATION, authMessage(status), null, 1, retryAfter);
    }
    Kind kind;
    String message;
    if (status == 404) {
      kind = Kind.MODEL_NOT_FOUND;
      message = "model '" + config.model() + "' not found at " + url + " (check llm.model) or wrong "
          + "base URL (llm.base_url); the server said: " + said;
    } else if (status == 408) {
      kind = Kind.TIMEOUT;
      message = "the endpoint at " + url + " timed out the request (HTTP 408): " + said;
    } else if (status == 429) {
      kind = Kind.RATE_LIMITED;
      message = "rate limited by " + url + " (HTTP 429): " + said + "; lower llm.max_in_flight, "
          + "llm.requests_per_minute or llm.tokens_per_minute";
    } else if (status >= 500) {
      kind = Kind.SERVER_ERROR;
      message = "server error at " + url + " (HTTP " + status + "): " + said;
    } else if (status >= 400) {
      kind = Kind.BAD_REQUEST;
      message = "the endpoint at " + url + " rejected the request as invalid (HTTP " + status + "): "
          + said + "; check the generation parameters (max_tokens, temperature, top_p, stop) "
          + "and the prompt length for model '" + config.model() + "'";
    } else {
      kind = Kind.OTHER;
      message = "unexpected HTTP " + status + " from " + url + " (check llm.base_url): " + said;
    }
    return new LlmException(kind, message, null, 1, retryAfter);
  }

  private String authMessage(int status) {
    String url = config.baseUrl();
    if (!key.configured()) {
      return "the endpoint rejected the request as unauthenticated (HTTP " + status + " from " + url
          + "): set " + config.apiKeyEnv() + " (llm.api_key_env) or llm.api_key_file";
    }
    if (status == 401) {
      return "the endpoint at " + url + " rejected the API key from " + key.source()
          + " (HTTP 401): check that the key is valid for this endpoint";
    }
    return "the endpoint at " + url + " refused access with the API key from " + key.source()
        + " (HTTP 403): check that the key may use model '" + config.model() + "'";
  }

  private LlmException fromType(Throwable failure) {
    String url = config.baseUrl();
    if (failure instanceof RateLimitException) {
      return error(Kind.RATE_LIMITED, "rate limited by " + url, null);
    }
    if (failure instanceof InternalServerException) {
      return error(Kind.SERVER_ERROR, "server error at " + url + ": " + key.redact(failure.getMessage()), null);
    }
    if (failure instanceof AuthenticationException) {
      return new LlmException(Kind.AUTHENTICATION, authMessage(401), null);
    }
    if (failure instanceof ModelNotFoundException) {
      return error(Kind.MODEL_NOT_FOUND, "model '" + config.model() + "' not found at " + url
          + " (check llm.model) or wrong base URL (llm.base_url)", null);
    }
    if (failure instanceof InvalidRequestException) {
      return error(Kind.BAD_REQUEST, "the endpoint at " + url + " rejected the request as invalid", null);
    }
    return error(Kind.OTHER, "unexpected failure calling " + url + ": "
        + key.redact(Causes.describe(failure)), failure);
  }

  private String serverMessage(String body) {
    if (body == null || body.isBlank()) {
      return "(empty body)";
    }
    String text = body;
    try {
      JsonNode message = JSON.readTree(body).path("error").path("message");
      if (message.isTextual()) {
        text = message.asText();
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON (an HTML error page from a proxy, say): quote the start of it as it is.
    }
    text = key.redact(text.strip());
    return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE) + "...";
  }

  private static boolean isTimeout(Throwable failure) {
    return Causes.firstOf(failure, HttpTimeoutException.class, SocketTimeoutException.class,
        dev.langchain4j.exception.TimeoutException.class,
        java.util.concurrent.TimeoutException.class) != null;
  }

  private static LlmException error(Kind kind, String message, Throwable cause) {
    return new LlmException(kind, message, cause);
  }
}
