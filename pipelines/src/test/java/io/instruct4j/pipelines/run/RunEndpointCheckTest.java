package io.instruct4j.pipelines.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks a run makes of the model before paying, and the live call count behind its progress line. */
class RunEndpointCheckTest {

  @TempDir Path dir;
  private HttpServer http;
  private final AtomicReference<String> authorization = new AtomicReference<>();

  @AfterEach
  void stop() {
    if (http != null) {
      http.stop(0);
    }
    LlmGateway.closeShared();
  }

  /** A server whose GET /v1/models answers {@code status} with {@code body}. */
  private String serve(int status, String body) throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/v1/models", exchange -> {
      authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    http.start();
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/v1/";
  }

  private EndpointCheck unit(String key) {
    return new EndpointCheck(Map.of("MY_KEY", key)::get, Duration.ofSeconds(5));
  }

  private static LlmConfig llm(String url) {
    return LlmConfig.of(url, "qwen2.5-7b").withApiKey("MY_KEY", null);
  }

  @Test
  void should_confirm_a_model_the_endpoint_lists_sending_the_key_as_the_gateway_does() throws IOException {
    String url = serve(200, "{\"object\": \"list\", \"data\": [{\"id\": \"qwen2.5-7b\"}, {\"id\": \"other\"}]}");

    EndpointCheck.Result result = unit("sk-secret-123").probe(llm(url));

    assertThat(result).isEqualTo(EndpointCheck.Result.fine("endpoint " + url + " serves qwen2.5-7b"));
    assertThat(authorization.get()).isEqualTo("Bearer sk-secret-123");
  }

  @Test
  void should_warn_about_a_model_the_endpoint_does_not_list() throws IOException {
    String url = serve(200, "{\"data\": [{\"id\": \"llama3\"}]}");

    EndpointCheck.Result result = unit("k").probe(llm(url));

    assertThat(result.ok()).isTrue();
    assertThat(result.confirmed()).isFalse();
    assertThat(result.message()).endsWith("does not list model 'qwen2.5-7b' (it lists [llama3]); check llm.model (--model)");
  }

  @Test
  void should_refuse_to_start_when_the_key_is_refused_without_showing_it() throws IOException {
    String url = serve(401, "{\"error\": {\"message\": \"Incorrect API key provided: sk-secret-123\"}}");

    EndpointCheck.Result result = unit("sk-secret-123").probe(llm(url));

    assertThat(result.ok()).isFalse();
    assertThat(result.message()).isEqualTo(url + "models refused the API key (HTTP 401): check the MY_KEY variable "
        + "(llm.api_key_env)").doesNotContain("sk-secret");
  }

  @Test
  void should_let_a_server_without_a_model_list_go_ahead_with_a_warning() throws IOException {
    String url = serve(404, "not here");

    EndpointCheck.Result result = unit("k").probe(llm(url));

    assertThat(result).extracting(EndpointCheck.Result::ok, EndpointCheck.Result::confirmed).containsExactly(true, false);
    assertThat(result.message()).contains("is not served (HTTP 404)");
  }

  @Test
  void should_count_a_stage_s_answered_calls_once_each_whatever_the_retries_and_the_cache() {
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      server.enqueue(FakeReply.rateLimited(0));
      server.otherwise(FakeReply.text("ok"));
      LlmConfig llm = LlmConfig.of(server.baseUrl(), "m").withBackoff(1, 10)
          .withCacheFile(dir.resolve("cache.sqlite").toString());
      LlmProgress unit = new LlmProgress(llm, List.of("questions", "answers"));
      GenerationParams greedy = new GenerationParams(0.0, null, 8, null, null);
      LlmGateway gateway = LlmGateway.shared(llm);

      gateway.chat(ChatCall.user("questions", "first", greedy)); // 429, then answered
      gateway.chat(ChatCall.user("questions", "first", greedy)); // from the cache
      gateway.chat(ChatCall.user("answers", "second", greedy));
      gateway.chat(ChatCall.user("bootstrap", "another stage", greedy));

      assertThat(server.requestCount()).isEqualTo(4);
      assertThat(unit.getAsLong()).isEqualTo(3);
      assertThat(new LlmProgress(llm, List.of("questions")).getAsLong()).isZero();
    }
  }
}
