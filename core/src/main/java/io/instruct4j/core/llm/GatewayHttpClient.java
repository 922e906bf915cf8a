package io.instruct4j.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The gateway's transport for LangChain4j: plain JDK HTTP/1.1 that keeps the Retry-After header of
 * error responses ({@link HttpStatusException}) and rejects 2xx bodies that are not a chat
 * completion ({@link MalformedReplyException}). Streaming is not used by the gateway.
 */
final class GatewayHttpClient implements HttpClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final java.net.http.HttpClient delegate;
  private final Duration readTimeout;

  GatewayHttpClient(Duration connectTimeout, Duration readTimeout) {
    java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder()
        // OpenAI-compatible servers (vLLM, Ollama) speak HTTP/1.1; skipping the h2c upgrade
        // attempt avoids a needless round of negotiation on every new connection.
        .version(java.net.http.HttpClient.Version.HTTP_1_1);
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    this.delegate = builder.build();
    this.readTimeout = readTimeout;
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      response = delegate.send(toJdk(request), HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new TimeoutException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the model", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String body = new String(response.body(), StandardCharsets.UTF_8);
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new HttpStatusException(status, body,
          RetryAfter.millis(response.headers().map(), Instant.now()));
    }
    requireCompletion(body);
    return SuccessfulHttpResponse.builder()
        .statusCode(status)
        .headers(response.headers().map())
        .body(body)
        .build();
  }

  @Override
  public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    listener.onError(new UnsupportedOperationException("the LLM gateway does not stream"));
  }

  private java.net.http.HttpRequest toJdk(HttpRequest request) {
    java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
    request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
    builder.method(request.method().name(), request.body() == null
        ? java.net.http.HttpRequest.BodyPublishers.noBody()
        : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    if (readTimeout != null) {
      builder.timeout(readTimeout);
    }
    return builder.build();
  }

  /** A reply must be a JSON object whose first choice holds a text message. */
  private static void requireCompletion(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new MalformedReplyException("the reply body is not valid JSON ("
          + e.getClass().getSimpleName() + ")", null);
    }
    if (root == null || !root.isObject()) {
      throw new MalformedReplyException("the reply body is not a JSON object", null);
    }
    JsonNode choices = root.path("choices");
    if (!choices.isArray() || choices.isEmpty()) {
      throw new MalformedReplyException("the reply has no choices", null);
    }
    if (!choices.get(0).path("message").path("content").isTextual()) {
      throw new MalformedReplyException("the reply's first choice has no text content", null);
    }
  }
}
