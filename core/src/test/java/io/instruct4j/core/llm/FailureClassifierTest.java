package io.instruct4j.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.instruct4j.core.llm.LlmException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each failure type and HTTP status becomes; the kind never depends on message text. */
class FailureClassifierTest {

  private static final String KEY = "sk-secret-key-123456";
  private static final LlmConfig CONFIG = LlmConfig.of("http://llm.example:8000/v1", "m1")
      .withApiKey("MY_KEY", null);
  private final FailureClassifier unit =
      new FailureClassifier(CONFIG, ApiKey.resolve(CONFIG, Map.of("MY_KEY", KEY)::get));

  @ParameterizedTest
  @CsvSource({
      "400, BAD_REQUEST", "401, AUTHENTICATION", "403, AUTHENTICATION", "404, MODEL_NOT_FOUND",
      "408, TIMEOUT", "409, BAD_REQUEST", "413, BAD_REQUEST", "422, BAD_REQUEST",
      "429, RATE_LIMITED", "500, SERVER_ERROR", "502, SERVER_ERROR", "503, SERVER_ERROR",
      "504, SERVER_ERROR", "302, OTHER"})
  void should_map_http_status_to_kind(int status, Kind kind) {
    LlmException e = unit.classify(new RuntimeException(new HttpStatusException(status, "{}", -1)));

    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.getCause()).isNull(); // raw bodies are not kept
  }

  @Test
  void should_keep_retry_after_through_langchain4j_wrapping() {
    LlmException e = unit.classify(new RateLimitException(new HttpStatusException(429, "{}", 2000)));

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.retryAfterMillis()).isEqualTo(2000);
  }

  @Test
  void should_read_a_plain_langchain4j_http_exception_without_retry_after() {
    LlmException e = unit.classify(new HttpException(503, "busy"));

    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.retryAfterMillis()).isEqualTo(-1);
    assertThat(e.getMessage()).isEqualTo("server error at http://llm.example:8000/v1 (HTTP 503): busy");
  }

  @Test
  void should_map_transport_failures() {
    assertThat(unit.classify(new TimeoutException(new HttpTimeoutException("request timed out"))).getMessage())
        .isEqualTo("no reply from http://llm.example:8000/v1 within 120 s (llm.timeout_seconds)");
    assertThat(unit.classify(new UncheckedIOException(new ConnectException("Connection refused"))).getMessage())
        .isEqualTo("cannot reach http://llm.example:8000/v1 (llm.base_url): ConnectException: Connection refused");
    assertThat(unit.classify(new UnresolvedModelServerException(new UnresolvedAddressException())).kind())
        .isEqualTo(Kind.CONNECTION);
    assertThat(unit.classify(new UncheckedIOException(new IOException("header parser received no bytes"))).getMessage())
        .isEqualTo("the connection to http://llm.example:8000/v1 failed before a reply arrived: "
            + "IOException: header parser received no bytes");
  }

  @Test
  void should_map_unreadable_replies_to_malformed() {
    assertThat(unit.classify(new MalformedReplyException("the reply has no choices", null)).getMessage())
        .isEqualTo("the endpoint at http://llm.example:8000/v1 sent a reply that is not a usable "
            + "chat completion: the reply has no choices");
    assertThat(unit.classify(new RuntimeException(new JsonParseException(null, "bad"))).kind())
        .isEqualTo(Kind.MALFORMED_REPLY);
  }

  @Test
  void should_map_typed_langchain4j_exceptions_without_status() {
    assertThat(unit.classify(new InternalServerException("no choices")).kind()).isEqualTo(Kind.SERVER_ERROR);
  }

  @Test
  void should_redact_the_key_from_an_unexpected_failure() {
    LlmException e = unit.classify(new IllegalStateException("bad header Bearer " + KEY));

    assertThat(e.kind()).isEqualTo(Kind.OTHER);
    assertThat(e.getMessage()).isEqualTo("unexpected failure calling http://llm.example:8000/v1: "
        + "IllegalStateException: bad header Bearer [redacted]");
  }

  @Test
  void should_quote_a_non_json_error_body_shortened_and_redacted() {
    String html = "<html>proxy error for " + KEY + "</html>" + "x".repeat(400);

    String message = unit.classify(new HttpStatusException(502, html, -1)).getMessage();

    assertThat(message).startsWith("server error at http://llm.example:8000/v1 (HTTP 502): "
        + "<html>proxy error for [redacted]</html>xxx").endsWith("...").doesNotContain(KEY);
  }
}
