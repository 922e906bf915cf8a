package io.instruct4j.core.llm;

import static io.instruct4j.core.llm.TestGateways.call;
import static io.instruct4j.core.llm.TestGateways.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReplies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One gateway per config in the JVM, reached through a serializable factory; stats per stage. */
class LlmGatewaySharingTest {

  private final FakeOpenAiServer server = FakeOpenAiServer.start();

  @AfterEach
  void stop() {
    LlmGateway.closeShared();
    server.close();
  }

  @Test
  void should_return_one_instance_per_distinct_config() {
    LlmGateway unit = LlmGateway.shared(config(server));

    assertThat(LlmGateway.shared(config(server))).isSameAs(unit);
    assertThat(LlmGateway.shared(config(server).withModel("other"))).isNotSameAs(unit);
  }

  @Test
  void should_open_the_shared_instance_from_a_deserialized_factory() throws Exception {
    LlmClientFactory factory = LlmGateway.factory(config(server));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(factory);
    }
    LlmClientFactory copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (LlmClientFactory) in.readObject();
    }

    assertThat(copy.open()).isSameAs(LlmGateway.shared(config(server)));
  }

  @Test
  void should_ignore_close_on_a_shared_instance() {
    server.otherwise(FakeReplies.echo(""));
    LlmGateway unit = LlmGateway.shared(config(server));

    unit.close();

    assertThat(unit.chat(call("still open")).text()).isEqualTo("still open");
  }

  @Test
  void should_refuse_calls_after_a_standalone_close() {
    LlmGateway unit = TestGateways.open(config(server));
    unit.close();

    assertThatThrownBy(() -> unit.chat(call("x"))).hasMessage("this LlmGateway is closed");
  }

  @Test
  void should_reject_a_config_without_base_url_or_model() {
    assertThatThrownBy(() -> LlmGateway.factory(LlmConfig.of(server.baseUrl(), " ")))
        .hasMessageStartingWith("llm.model is not set");
    assertThatThrownBy(() -> LlmGateway.shared(LlmConfig.of(null, "m")))
        .hasMessageStartingWith("llm.base_url is not set");
  }

  @Test
  void should_count_per_stage_and_reset() throws Exception {
    server.otherwise(FakeReplies.echo(""));
    try (LlmGateway unit = TestGateways.open(config(server))) {
      unit.chat(TestGateways.call("seed", "be brief", "abcd"));
      unit.chat(TestGateways.call("seed", "be brief", "efgh"));
      unit.chat(TestGateways.call("filter", "x", "ijkl"));

      assertThat(unit.stats()).containsOnlyKeys("seed", "filter");
      // "be brief" + "abcd" = 12 chars = 3 tokens; "abcd" = 1 completion token
      assertThat(unit.stats().get("seed")).isEqualTo(new LlmStats(2, 0, 0, 0, 6, 2, 0));
      assertThat(new ObjectMapper().writeValueAsString(unit.stats().get("filter"))).isEqualTo(
          "{\"calls\":1,\"cache_hits\":0,\"retries\":0,\"failures\":0,\"prompt_tokens\":2,"
              + "\"completion_tokens\":1,\"truncated\":0}");
      unit.resetStats();
      assertThat(unit.stats()).isEmpty();
    }
  }
}
