package io.instruct4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Records each request, asks the script for the reply, and writes it (or drops the connection). */
final class FakeHandler implements HttpHandler {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHAT_PATH = "/v1/chat/completions";
  private static final String MODELS_PATH = "/v1/models";

  final FakeScript script = new FakeScript();
  final List<FakeRequest> requests = new ArrayList<>();
  final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  volatile List<String> models = List.of("fake-model");

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (MODELS_PATH.equals(path) && "GET".equals(exchange.getRequestMethod())) {
      exchange.getRequestBody().readAllBytes();
      ReplyWriter.writeJson(exchange, 200, ReplyWriter.models(models));
      return;
    }
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    boolean counted = true;
    try {
      FakeRequest request = record(exchange);
      if (!CHAT_PATH.equals(path) || !"POST".equals(request.method())) {
        inFlight.decrementAndGet();
        counted = false;
        ReplyWriter.writeJson(exchange, 404, ReplyWriter.errorBody("invalid_request_error", null,
            "Invalid URL (" + request.method() + " " + path + ")"));
        return;
      }
      FakeReply reply = request.body().isObject()
          ? script.next(request)
          : FakeReply.badRequest("We could not parse the JSON body of your request.");
      sleep(reply);
      String body = ReplyWriter.body(reply, request);
      // Leave the in-flight count before answering: the client may send its next request the
      // moment it reads this reply, and that one must not be counted as overlapping this one.
      inFlight.decrementAndGet();
      counted = false;
      if (reply.kind() == FakeReply.Kind.DROP) {
        exchange.close(); // no response headers sent: the JDK server closes the socket
        return;
      }
      ReplyWriter.write(exchange, reply.status(), body, reply);
    } finally {
      if (counted) {
        inFlight.decrementAndGet();
      }
    }
  }

  private FakeRequest record(HttpExchange exchange) throws IOException {
    byte[] raw = exchange.getRequestBody().readAllBytes();
    JsonNode body;
    try {
      body = JSON.readTree(raw);
    } catch (IOException e) {
      body = null; // recorded as a JSON null; the caller answers 400 like OpenAI does
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    synchronized (requests) {
      FakeRequest request = new FakeRequest(requests.size(), exchange.getRequestMethod(),
          exchange.getRequestURI().getPath(), headers, body == null ? NullNode.getInstance() : body);
      requests.add(request);
      return request;
    }
  }

  private static void sleep(FakeReply reply) {
    if (reply.delay().isZero()) {
      return;
    }
    try {
      Thread.sleep(reply.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the server is stopping
    }
  }
}
