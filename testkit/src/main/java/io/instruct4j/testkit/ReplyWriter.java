package io.instruct4j.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Renders a {@link FakeReply} onto an exchange in the OpenAI wire format. */
final class ReplyWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReplyWriter() {}

  /** The reply's body (before any fault handling); null for {@link FakeReply.Kind#DROP}. */
  static String body(FakeReply reply, FakeRequest request) {
    return switch (reply.kind()) {
      case COMPLETION -> completion(reply, request, true).toString();
      case EMPTY_CHOICES -> completion(reply, request, false).toString();
      case ERROR -> error(reply).toString();
      case MALFORMED -> reply.content();
      case DROP -> null;
    };
  }

  static void write(HttpExchange exchange, int status, String body, FakeReply reply) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static void writeJson(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    write(exchange, status, body.toString(), FakeReply.text(""));
  }

  static ObjectNode errorBody(String type, String code, String message) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("message", message);
    error.put("type", type);
    error.putNull("param");
    error.put("code", code);
    return root;
  }

  static ObjectNode models(List<String> ids) {
    ObjectNode root = JSON.createObjectNode();
    root.put("object", "list");
    ArrayNode data = root.putArray("data");
    ids.forEach(id -> data.addObject().put("id", id).put("object", "model").put("owned_by", "fake"));
    return root;
  }

  private static ObjectNode error(FakeReply reply) {
    return errorBody(reply.errorType(), reply.errorCode(), reply.content());
  }

  private static ObjectNode completion(FakeReply reply, FakeRequest request, boolean withChoice) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-fake-" + request.index());
    root.put("object", "chat.completion");
    root.put("created", System.currentTimeMillis() / 1000);
    String model = reply.model() != null ? reply.model() : request.model();
    root.put("model", model == null ? "fake-model" : model);
    ArrayNode choices = root.putArray("choices");
    String content = reply.content() == null ? "" : reply.content();
    if (withChoice) {
      ObjectNode choice = choices.addObject();
      choice.put("index", 0);
      choice.putObject("message").put("role", "assistant").put("content", content);
      choice.put("finish_reason", reply.finishReason());
    }
    int prompt = reply.promptTokens() != null ? reply.promptTokens() : ceilQuarter(request.promptChars());
    int completion = reply.completionTokens() != null ? reply.completionTokens() : ceilQuarter(content.length());
    ObjectNode usage = root.putObject("usage");
    usage.put("prompt_tokens", prompt);
    usage.put("completion_tokens", completion);
    usage.put("total_tokens", prompt + completion);
    return root;
  }

  /** The default token estimate: a quarter of the characters, rounded up. */
  static int ceilQuarter(int chars) {
    return (chars + 3) / 4;
  }
}
