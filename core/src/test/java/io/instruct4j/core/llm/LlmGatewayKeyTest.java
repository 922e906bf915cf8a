package io.instruct4j.core.llm;

import static io.instruct4j.core.llm.TestGateways.KEY;
import static io.instruct4j.core.llm.TestGateways.call;
import static io.instruct4j.core.llm.TestGateways.config;
import static io.instruct4j.core.llm.TestGateways.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.instruct4j.core.llm.LlmException.Kind;
import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReply;
import io.instruct4j.testkit.FakeRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the API key comes from, what is sent, and that it never leaks. */
class LlmGatewayKeyTest {

  private final FakeOpenAiServer server = FakeOpenAiServer.start();

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void should_send_the_key_from_the_variable() {
    server.enqueue(FakeReply.text("ok"));
    try (LlmGateway unit = open(config(server))) {
      unit.chat(call("hello"));
    }
    assertThat(server.lastRequest().hasBearerToken(KEY)).isTrue();
  }

  @Test
  void should_prefer_the_trimmed_key_file_over_the_variable() throws Exception {
    Path file = Files.writeString(dir.resolve("key.txt"), "  sk-from-file-42 \n");
    server.enqueue(FakeReply.text("ok"));
    try (LlmGateway unit = open(config(server).withApiKey("INSTRUCT4J_TEST_KEY", file.toString()))) {
      unit.chat(call("hello"));
    }
    assertThat(server.lastRequest().hasBearerToken("sk-from-file-42")).isTrue();
  }

  @Test
  void should_fail_naming_a_missing_key_file_and_its_setting() {
    Path missing = dir.resolve("no-such-key.txt");

    LlmException e = catchThrowableOfType(LlmException.class,
        () -> open(config(server).withApiKey("INSTRUCT4J_TEST_KEY", missing.toString())));

    assertThat(e.getMessage()).isEqualTo("cannot read the API key file '" + missing
        + "' (llm.api_key_file): NoSuchFileException; fix the path or unset llm.api_key_file to "
        + "use llm.api_key_env");
  }

  @Test
  void should_fail_naming_an_empty_key_file() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), " \n");

    LlmException e = catchThrowableOfType(LlmException.class,
        () -> open(config(server).withApiKey("INSTRUCT4J_TEST_KEY", empty.toString())));

    assertThat(e.getMessage()).isEqualTo("the API key file '" + empty + "' (llm.api_key_file) is "
        + "empty; put the key in it or unset llm.api_key_file");
  }

  @Test
  void should_send_a_placeholder_without_a_key_and_explain_a_401() {
    server.enqueue(FakeReply.text("local servers need no key"), FakeReply.unauthorized());
    try (LlmGateway unit = open(config(server), Map.of())) {
      assertThat(unit.chat(call("first")).text()).isEqualTo("local servers need no key");
      assertThat(server.lastRequest().hasBearerToken(ApiKey.PLACEHOLDER)).isTrue();

      LlmException e = catchThrowableOfType(LlmException.class, () -> unit.chat(call("second")));

      assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
      assertThat(e.getMessage()).isEqualTo("the endpoint rejected the request as unauthenticated "
          + "(HTTP 401 from " + server.baseUrl() + "): set INSTRUCT4J_TEST_KEY (llm.api_key_env) "
          + "or llm.api_key_file");
    }
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void should_send_model_messages_and_generation_params() {
    server.enqueue(FakeReply.text("ok"));
    ChatCall chat = new ChatCall("s", List.of(ChatMessage.system("sys"), ChatMessage.user("u1"),
        ChatMessage.assistant("a1"), ChatMessage.user("u2")),
        new GenerationParams(0.3, 0.9, 128, List.of("###"), 7), 0);
    try (LlmGateway unit = open(config(server))) {
      unit.chat(chat);
    }
    FakeRequest sent = server.lastRequest();
    assertThat(sent.model()).isEqualTo("fake-model");
    assertThat(sent.messages()).containsExactly(new FakeRequest.Message("system", "sys"),
        new FakeRequest.Message("user", "u1"), new FakeRequest.Message("assistant", "a1"),
        new FakeRequest.Message("user", "u2"));
    assertThat(sent.param("temperature").asDouble()).isEqualTo(0.3);
    assertThat(sent.param("top_p").asDouble()).isEqualTo(0.9);
    assertThat(sent.param("max_tokens").asInt()).isEqualTo(128);
    assertThat(sent.param("stop").get(0).asText()).isEqualTo("###");
    assertThat(sent.param("seed").asInt()).isEqualTo(7);
    assertThat(sent.param("stream").asBoolean(false)).isFalse();
  }

  @Test
  void should_keep_the_key_out_of_every_failure_even_when_the_server_echoes_it() {
    String echoed = "Incorrect API key provided: " + KEY;
    server.enqueue(FakeReply.error(401, "invalid_request_error", "invalid_api_key", echoed),
        FakeReply.error(400, "invalid_request_error", null, echoed));
    server.otherwise(FakeReply.error(500, "server_error", null, echoed));
    try (LlmGateway unit = open(config(server))) {
      for (String prompt : List.of("401", "400", "500")) {
        LlmException e = catchThrowableOfType(LlmException.class, () -> unit.chat(call(prompt)));
        assertThat(everythingPrintedAbout(e)).doesNotContain(KEY);
        // a 401 body is never quoted; the others are quoted with the key scrubbed
        assertThat(everythingPrintedAbout(e).contains("[redacted]")).isEqualTo(!prompt.equals("401"));
      }
      assertThat(unit.toString()).doesNotContain(KEY);
    }
  }

  @Test
  void should_keep_the_key_out_of_the_failure_of_a_missing_model() {
    server.enqueue(FakeReply.error(404, "invalid_request_error", "model_not_found", "key " + KEY));
    try (LlmGateway unit = open(config(server))) {
      LlmException e = catchThrowableOfType(LlmException.class, () -> unit.chat(call("x")));
      assertThat(everythingPrintedAbout(e)).doesNotContain(KEY);
    }
  }

  private static String everythingPrintedAbout(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out + " " + e;
  }
}
