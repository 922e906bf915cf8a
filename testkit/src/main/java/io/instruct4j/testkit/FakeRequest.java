package io.instruct4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One request the fake server received: its parsed JSON body and headers. {@link #toString()}
 * leaves the headers out, so a failing assertion never prints the Authorization header.
 *
 * @param index 0-based arrival order among chat-completion requests
 * @param method the HTTP method
 * @param path the request path, e.g. {@code /v1/chat/completions}
 * @param headers header values by lower-case name
 * @param body the parsed JSON body; a JSON null node when the body was not JSON
 */
public record FakeRequest(
    int index, String method, String path, Map<String, List<String>> headers, JsonNode body) {

  /** One chat message of the request. */
  public record Message(String role, String content) {}

  public FakeRequest {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header (name case-insensitive), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The bearer token of the Authorization header, or null when none was sent. */
  public String bearerToken() {
    String value = header("authorization");
    return value != null && value.startsWith("Bearer ") ? value.substring("Bearer ".length()) : null;
  }

  /** True when the request carried exactly this bearer token (asserting without printing it). */
  public boolean hasBearerToken(String token) {
    return token != null && token.equals(bearerToken());
  }

  /** The requested model name, or null. */
  public String model() {
    return body.path("model").isTextual() ? body.get("model").asText() : null;
  }

  /** The chat messages in order; empty when the body had none. */
  public List<Message> messages() {
    List<Message> out = new ArrayList<>();
    for (JsonNode m : body.path("messages")) {
      out.add(new Message(m.path("role").asText(), m.path("content").asText()));
    }
    return out;
  }

  /** The content of the last user message, or "" when there is none. */
  public String lastUserMessage() {
    List<Message> all = messages();
    for (int i = all.size() - 1; i >= 0; i--) {
      if ("user".equals(all.get(i).role())) {
        return all.get(i).content();
      }
    }
    return "";
  }

  /** A generation parameter of the body (e.g. {@code temperature}); a missing node when absent. */
  public JsonNode param(String name) {
    return body.path(name);
  }

  /** Total characters of all message contents (the fake's prompt-token estimate is this / 4). */
  public int promptChars() {
    return messages().stream().mapToInt(m -> m.content().length()).sum();
  }

  /** Matches requests whose last user message contains the text. */
  public static Predicate<FakeRequest> lastUserMessageContains(String text) {
    return r -> r.lastUserMessage().contains(text);
  }

  /** Matches requests for the model. */
  public static Predicate<FakeRequest> forModel(String model) {
    return r -> model.equals(r.model());
  }

  @Override
  public String toString() {
    return "FakeRequest[index=" + index + ", " + method + " " + path + ", body=" + body + "]";
  }
}
