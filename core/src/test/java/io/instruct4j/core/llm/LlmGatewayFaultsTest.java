package io.instruct4j.core.llm;

import static io.instruct4j.core.llm.TestGateways.call;
import static io.instruct4j.core.llm.TestGateways.config;
import static io.instruct4j.core.llm.TestGateways.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.instruct4j.core.llm.LlmException.Kind;
import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReply;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fault the endpoint can produce, and what the gateway makes of it. */
class LlmGatewayFaultsTest {

  private final FakeOpenAiServer server = FakeOpenAiServer.start();
  private final LlmGateway unit = open(config(server));

  @AfterEach
  void stop() {
    unit.close();
    server.close();
  }

  @Test
  void should_wait_for_retry_after_then_succeed() {
    server.enqueue(FakeReply.rateLimited(1), FakeReply.text("after the wait"));
    try (LlmGateway gateway = open(config(server).withBackoff(10, 5_000))) {
      long start = System.nanoTime();
      ChatResult result = gateway.chat(call("hello"));
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

      assertThat(result.text()).isEqualTo("after the wait");
      assertThat(result.attempts()).isEqualTo(2);
      assertThat(result.retries()).isEqualTo(1);
      assertThat(elapsedMillis).isGreaterThanOrEqualTo(1000);
      // "hello" is 2 prompt tokens, "after the wait" 4 completion tokens, as the fake counts
      assertThat(gateway.stats().get("test")).isEqualTo(new LlmStats(2, 0, 1, 0, 2, 4, 0));
    }
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void should_cap_retry_after_at_max_backoff() {
    server.enqueue(FakeReply.rateLimited(30), FakeReply.text("soon"));

    long start = System.nanoTime();
    ChatResult result = unit.chat(call("hello"));

    assertThat(result.text()).isEqualTo("soon");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503})
  void should_retry_a_server_error_then_succeed(int status) {
    server.enqueue(FakeReply.serverError(status), FakeReply.text("recovered"));

    ChatResult result = unit.chat(call("hello"));

    assertThat(result.text()).isEqualTo("recovered");
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void should_retry_a_dropped_connection_then_succeed() {
    server.enqueue(FakeReply.drop(), FakeReply.text("reconnected"));

    ChatResult result = unit.chat(call("hello"));

    assertThat(result.text()).isEqualTo("reconnected");
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void should_retry_a_malformed_body_and_empty_choices_then_succeed() {
    server.enqueue(FakeReply.malformed(), FakeReply.emptyChoices(), FakeReply.text("well formed"));

    ChatResult result = unit.chat(call("hello"));

    assertThat(result.text()).isEqualTo("well formed");
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void should_retry_a_request_that_timed_out_then_succeed() {
    server.enqueue(FakeReply.text("too late").delayedMillis(2_500), FakeReply.text("in time"));
    try (LlmGateway gateway = open(config(server).withRetries(1, 1))) {
      ChatResult result = gateway.chat(call("hello"));

      assertThat(result.text()).isEqualTo("in time");
      assertThat(result.attempts()).isEqualTo(2);
    }
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void should_reject_a_blank_system_message_before_sending() {
    LlmException e = catchThrowableOfType(LlmException.class,
        () -> unit.chat(TestGateways.call("seed", " ", "hello")));

    assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(e.getMessage()).isEqualTo("stage 'seed': message 0 is a blank system message, which "
        + "cannot be sent: give it text or leave it out");
    assertThat(unit.stats().get("seed").failures()).isEqualTo(1);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void should_flag_a_reply_cut_off_at_the_token_limit() {
    server.enqueue(FakeReply.truncated("half a sent").withUsage(12, 64));

    ChatResult result = unit.chat(call("write a long story"));

    assertThat(result.truncated()).isTrue();
    assertThat(result.finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(result.text()).isEqualTo("half a sent");
    assertThat(result.promptTokens()).isEqualTo(12);
    assertThat(result.completionTokens()).isEqualTo(64);
    assertThat(unit.stats().get("test").truncated()).isEqualTo(1);
  }

  @Test
  void should_fail_fast_on_400_quoting_the_server() {
    server.enqueue(FakeReply.badRequest("max_tokens is too large: 99999"));

    LlmException e = catchThrowableOfType(LlmException.class, () -> unit.chat(call("hello")));

    assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.retriable()).isFalse();
    assertThat(e.getMessage()).isEqualTo("the endpoint at " + server.baseUrl() + " rejected the "
        + "request as invalid (HTTP 400): max_tokens is too large: 99999; check the generation "
        + "parameters (max_tokens, temperature, top_p, stop) and the prompt length for model 'fake-model'");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403})
  void should_fail_fast_on_401_and_403_naming_the_key_source(int status) {
    server.enqueue(status == 401 ? FakeReply.unauthorized() : FakeReply.forbidden());

    LlmException e = catchThrowableOfType(LlmException.class, () -> unit.chat(call("hello")));

    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).contains("HTTP " + status)
        .contains("the environment variable INSTRUCT4J_TEST_KEY (llm.api_key_env)");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void should_fail_fast_on_404_naming_model_and_base_url() {
    server.enqueue(FakeReply.modelNotFound("fake-model"));

    LlmException e = catchThrowableOfType(LlmException.class, () -> unit.chat(call("hello")));

    assertThat(e.kind()).isEqualTo(Kind.MODEL_NOT_FOUND);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).isEqualTo("model 'fake-model' not found at " + server.baseUrl()
        + " (check llm.model) or wrong base URL (llm.base_url); the server said: "
        + "The model `fake-model` does not exist or you do not have access to it.");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void should_fail_fast_on_a_base_url_without_the_v1_path() {
    String wrong = server.baseUrl().replace("/v1", "");
    try (LlmGateway gateway = open(config(server).withBaseUrl(wrong))) {
      LlmException e = catchThrowableOfType(LlmException.class, () -> gateway.chat(call("hello")));

      assertThat(e.kind()).isEqualTo(Kind.MODEL_NOT_FOUND);
      assertThat(e.getMessage()).startsWith("model 'fake-model' not found at " + wrong
          + " (check llm.model) or wrong base URL (llm.base_url)");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void should_give_up_after_max_retries_and_cache_nothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    server.otherwise(FakeReply.serverError(503));
    LlmConfig config = config(server).withCacheFile(dir.resolve("cache.db").toString());
    try (LlmGateway gateway = open(config)) {
      LlmException e = catchThrowableOfType(LlmException.class, () -> gateway.chat(call("hello")));

      assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
      assertThat(e.attempts()).isEqualTo(4);
      assertThat(e.getMessage()).isEqualTo("server error at " + server.baseUrl() + " (HTTP 503): "
          + "The server had an error while processing your request (gave up after 4 attempts; "
          + "llm.max_retries=3)");
      assertThat(gateway.stats().get("test")).isEqualTo(new LlmStats(4, 0, 3, 1, 0, 0, 0));
    }
    assertThat(server.requestCount()).isEqualTo(4);
    server.reset();
    server.otherwise(FakeReply.text("now it works"));
    try (LlmGateway again = open(config)) {
      ChatResult result = again.chat(call("hello"));
      assertThat(result.cached()).isFalse();
      assertThat(result.text()).isEqualTo("now it works");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void should_say_the_base_url_is_unreachable_when_nothing_listens() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + freePort + "/v1";
    try (LlmGateway gateway = open(config(server).withBaseUrl(url))) {
      LlmException e = catchThrowableOfType(LlmException.class, () -> gateway.chat(call("hello")));

      assertThat(e.kind()).isEqualTo(Kind.CONNECTION);
      assertThat(e.attempts()).isEqualTo(4);
      assertThat(e.getMessage()).startsWith("cannot reach " + url + " (llm.base_url): ConnectException");
    }
  }
}
