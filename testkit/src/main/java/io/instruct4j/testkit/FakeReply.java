package io.instruct4j.testkit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the fake server answers to one request: a completion, an OpenAI-style error, or a fault
 * (dropped connection, malformed body, empty choices), optionally after a delay. Immutable; the
 * {@code with...} methods return copies.
 */
public final class FakeReply {

  /** The shape of the answer. */
  public enum Kind { COMPLETION, ERROR, DROP, MALFORMED, EMPTY_CHOICES }

  private final Kind kind;
  private final String content;
  private final String finishReason;
  private final Integer promptTokens;
  private final Integer completionTokens;
  private final String model;
  private final int status;
  private final String errorType;
  private final String errorCode;
  private final Map<String, String> headers;
  private final Duration delay;

  private FakeReply(Kind kind, String content, String finishReason, Integer promptTokens,
      Integer completionTokens, String model, int status, String errorType, String errorCode,
      Map<String, String> headers, Duration delay) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.content = content;
    this.finishReason = finishReason;
    this.promptTokens = promptTokens;
    this.completionTokens = completionTokens;
    this.model = model;
    this.status = status;
    this.errorType = errorType;
    this.errorCode = errorCode;
    this.headers = Map.copyOf(headers);
    this.delay = Objects.requireNonNull(delay, "delay");
  }

  private static FakeReply of(Kind kind, String content, String finishReason, int status) {
    return new FakeReply(kind, content, finishReason, null, null, null, status, null, null,
        Map.of(), Duration.ZERO);
  }

  /** A normal completion with finish_reason "stop". */
  public static FakeReply text(String content) {
    return of(Kind.COMPLETION, Objects.requireNonNull(content, "content"), "stop", 200);
  }

  /** A completion cut off at the token limit: finish_reason "length". */
  public static FakeReply truncated(String content) {
    return text(content).withFinishReason("length");
  }

  /** An HTTP error with an OpenAI-style body {@code {"error":{message,type,param,code}}}. */
  public static FakeReply error(int status, String type, String code, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error reply needs a 4xx/5xx status, got " + status);
    }
    return new FakeReply(Kind.ERROR, Objects.requireNonNull(message, "message"), null, null, null,
        null, status, type, code, Map.of(), Duration.ZERO);
  }

  /** 429 with a Retry-After header in whole seconds. */
  public static FakeReply rateLimited(long retryAfterSeconds) {
    return error(429, "requests", "rate_limit_exceeded", "Rate limit reached for requests")
        .withHeader("Retry-After", Long.toString(retryAfterSeconds));
  }

  /** 429 without a Retry-After header. */
  public static FakeReply rateLimited() {
    return error(429, "requests", "rate_limit_exceeded", "Rate limit reached for requests");
  }

  /** A 5xx error such as 500, 502 or 503. */
  public static FakeReply serverError(int status) {
    if (status < 500) {
      throw new IllegalArgumentException("a server error needs a 5xx status, got " + status);
    }
    return error(status, "server_error", null, "The server had an error while processing your request");
  }

  /** 400 invalid_request_error with the message. */
  public static FakeReply badRequest(String message) {
    return error(400, "invalid_request_error", null, message);
  }

  /** 401 invalid_api_key. */
  public static FakeReply unauthorized() {
    return error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided");
  }

  /** 403 forbidden. */
  public static FakeReply forbidden() {
    return error(403, "invalid_request_error", "unsupported_country_region_territory",
        "You are not allowed to access this resource");
  }

  /** 404 model_not_found, worded as OpenAI does. */
  public static FakeReply modelNotFound(String model) {
    return error(404, "invalid_request_error", "model_not_found",
        "The model `" + model + "` does not exist or you do not have access to it.");
  }

  /** Closes the connection without any response. */
  public static FakeReply drop() {
    return of(Kind.DROP, null, null, 0);
  }

  /** Status 200 with a body that is not JSON. */
  public static FakeReply malformed() {
    return of(Kind.MALFORMED, "{\"id\": \"chatcmpl-broken\", \"choices\": [", null, 200);
  }

  /** Status 200 with a well-formed completion that has no choices. */
  public static FakeReply emptyChoices() {
    return of(Kind.EMPTY_CHOICES, null, null, 200);
  }

  public FakeReply withFinishReason(String value) {
    return new FakeReply(kind, content, value, promptTokens, completionTokens, model, status,
        errorType, errorCode, headers, delay);
  }

  /** Reports this usage instead of the default estimate (prompt chars / 4, content chars / 4). */
  public FakeReply withUsage(int prompt, int completion) {
    return new FakeReply(kind, content, finishReason, prompt, completion, model, status,
        errorType, errorCode, headers, delay);
  }

  /** Reports this model name instead of the requested one. */
  public FakeReply withModel(String value) {
    return new FakeReply(kind, content, finishReason, promptTokens, completionTokens, value, status,
        errorType, errorCode, headers, delay);
  }

  public FakeReply withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new FakeReply(kind, content, finishReason, promptTokens, completionTokens, model, status,
        errorType, errorCode, copy, delay);
  }

  /** Waits this long before answering (or dropping). */
  public FakeReply delayed(Duration value) {
    if (value.isNegative()) {
      throw new IllegalArgumentException("delay must be >= 0, got " + value);
    }
    return new FakeReply(kind, content, finishReason, promptTokens, completionTokens, model, status,
        errorType, errorCode, headers, value);
  }

  public FakeReply delayedMillis(long millis) {
    return delayed(Duration.ofMillis(millis));
  }

  public Kind kind() { return kind; }
  /** The completion text, or the error message for {@link Kind#ERROR}. */
  public String content() { return content; }
  public String finishReason() { return finishReason; }
  public Integer promptTokens() { return promptTokens; }
  public Integer completionTokens() { return completionTokens; }
  public String model() { return model; }
  public int status() { return status; }
  public String errorType() { return errorType; }
  public String errorCode() { return errorCode; }
  public Map<String, String> headers() { return headers; }
  public Duration delay() { return delay; }

  @Override
  public String toString() {
    return "FakeReply[" + kind + (status > 0 ? " " + status : "") + ", content=" + content
        + (delay.isZero() ? "" : ", delay=" + delay) + "]";
  }
}
