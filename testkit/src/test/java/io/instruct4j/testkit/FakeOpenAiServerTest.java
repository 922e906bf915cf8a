package io.instruct4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOpenAiServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final FakeOpenAiServer unit = FakeOpenAiServer.start();

  @AfterEach
  void stop() {
    unit.close();
  }

  private HttpResponse<String> post(String userMessage) throws Exception {
    String body = "{\"model\":\"m1\",\"temperature\":0.5,\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"},"
        + "{\"role\":\"user\",\"content\":\"" + userMessage + "\"}]}";
    HttpRequest request = HttpRequest.newBuilder(URI.create(unit.baseUrl() + "/chat/completions"))
        .header("Authorization", "Bearer sk-test-123")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void should_serve_queued_replies_in_order_then_rules_then_fallback() throws Exception {
    unit.enqueue(FakeReply.text("first"), FakeReply.truncated("second").withUsage(7, 9))
        .when(FakeRequest.lastUserMessageContains("classif"), FakeReply.text("rule"))
        .otherwise(FakeReplies.echo("echo: "));

    JsonNode first = JSON.readTree(post("classify this").body());
    JsonNode second = JSON.readTree(post("anything").body());
    JsonNode third = JSON.readTree(post("classify that").body());
    JsonNode fourth = JSON.readTree(post("hello").body());

    assertThat(first.at("/choices/0/message/content").asText()).isEqualTo("first");
    assertThat(first.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
    assertThat(first.at("/object").asText()).isEqualTo("chat.completion");
    assertThat(first.at("/model").asText()).isEqualTo("m1");
    // "be brief" + "classify this" = 21 chars -> 6 tokens; "first" = 5 chars -> 2 tokens
    assertThat(first.at("/usage/prompt_tokens").asInt()).isEqualTo(6);
    assertThat(first.at("/usage/completion_tokens").asInt()).isEqualTo(2);
    assertThat(first.at("/usage/total_tokens").asInt()).isEqualTo(8);
    assertThat(second.at("/choices/0/finish_reason").asText()).isEqualTo("length");
    assertThat(second.at("/usage/total_tokens").asInt()).isEqualTo(16);
    assertThat(third.at("/choices/0/message/content").asText()).isEqualTo("rule");
    assertThat(fourth.at("/choices/0/message/content").asText()).isEqualTo("echo: hello");
    assertThat(unit.requestCount()).isEqualTo(4);
  }

  @Test
  void should_record_the_parsed_request_and_headers_without_printing_the_key() throws Exception {
    unit.enqueue(FakeReply.text("ok"));

    post("hi");

    FakeRequest request = unit.lastRequest();
    assertThat(request.index()).isZero();
    assertThat(request.model()).isEqualTo("m1");
    assertThat(request.param("temperature").asDouble()).isEqualTo(0.5);
    assertThat(request.messages()).containsExactly(
        new FakeRequest.Message("system", "be brief"), new FakeRequest.Message("user", "hi"));
    assertThat(request.hasBearerToken("sk-test-123")).isTrue();
    assertThat(request.toString()).doesNotContain("sk-test-123");
  }

  @Test
  void should_answer_errors_with_openai_error_bodies_and_retry_after() throws Exception {
    unit.enqueue(FakeReply.rateLimited(3), FakeReply.modelNotFound("m1"), FakeReply.serverError(503));

    HttpResponse<String> limited = post("a");
    HttpResponse<String> missing = post("b");
    HttpResponse<String> unavailable = post("c");

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
    assertThat(JSON.readTree(limited.body()).at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).at("/error/code").asText()).isEqualTo("model_not_found");
    assertThat(JSON.readTree(missing.body()).at("/error/message").asText())
        .isEqualTo("The model `m1` does not exist or you do not have access to it.");
    assertThat(unavailable.statusCode()).isEqualTo(503);
  }

  @Test
  void should_fail_n_times_then_succeed() throws Exception {
    unit.failTimesThen(2, FakeReply.serverError(500), FakeReply.text("finally"));

    assertThat(post("x").statusCode()).isEqualTo(500);
    assertThat(post("x").statusCode()).isEqualTo(500);
    HttpResponse<String> third = post("x");

    assertThat(third.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(third.body()).at("/choices/0/message/content").asText()).isEqualTo("finally");
    assertThat(unit.queuedReplies()).isZero();
  }

  @Test
  void should_drop_the_connection_without_a_response() {
    unit.enqueue(FakeReply.drop());

    assertThatThrownBy(() -> post("x")).isInstanceOf(IOException.class);
    assertThat(unit.requestCount()).isEqualTo(1);
  }

  @Test
  void should_send_malformed_bodies_and_empty_choices_with_status_200() throws Exception {
    unit.enqueue(FakeReply.malformed(), FakeReply.emptyChoices());

    HttpResponse<String> malformed = post("x");
    HttpResponse<String> empty = post("x");

    assertThat(malformed.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> JSON.readTree(malformed.body())).isInstanceOf(IOException.class);
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(empty.body()).get("choices").size()).isZero();
  }

  @Test
  void should_fail_fast_with_400_when_nothing_is_scripted() throws Exception {
    HttpResponse<String> response = post("lonely");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).at("/error/message").asText())
        .isEqualTo("FakeOpenAiServer has no reply scripted for request #0 (last user message: lonely)");
  }

  @Test
  void should_answer_404_invalid_url_for_a_wrong_path_and_list_models() throws Exception {
    unit.models("m1", "m2");
    HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(
        unit.baseUrl().replace("/v1", "") + "/chat/completions"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> models = http.send(HttpRequest.newBuilder(URI.create(unit.baseUrl() + "/models"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(wrong.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(wrong.body()).at("/error/message").asText())
        .isEqualTo("Invalid URL (POST /chat/completions)");
    assertThat(JSON.readTree(models.body()).at("/data/1/id").asText()).isEqualTo("m2");
    assertThat(unit.requestCount()).isEqualTo(1);
  }

  @Test
  void should_track_the_most_requests_in_flight() throws Exception {
    unit.otherwise(FakeReply.text("slow").delayedMillis(300));
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        futures.add(pool.submit(() -> post("x")));
      }
      for (Future<HttpResponse<String>> f : futures) {
        assertThat(f.get().statusCode()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(unit.maxInFlight()).isEqualTo(5);
    unit.reset();
    assertThat(unit.maxInFlight()).isZero();
    assertThat(unit.requestCount()).isZero();
  }
}
