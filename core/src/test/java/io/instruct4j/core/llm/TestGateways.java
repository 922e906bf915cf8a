package io.instruct4j.core.llm;

import io.instruct4j.testkit.FakeOpenAiServer;
import java.util.List;
import java.util.Map;

/** Configs and gateways for tests: short backoffs and timeouts, and no real environment. */
final class TestGateways {

  static final String MODEL = "fake-model";
  static final String KEY = "sk-test-0123456789abcdef";

  private TestGateways() {}

  /** 3 retries, 10..50 ms backoff, 5 s timeout, 8 in flight, no cache. */
  static LlmConfig config(FakeOpenAiServer server) {
    return LlmConfig.of(server.baseUrl(), MODEL)
        .withRetries(3, 5)
        .withBackoff(10, 50)
        .withLimits(8, 0, 0)
        .withApiKey("INSTRUCT4J_TEST_KEY", null);
  }

  /** A standalone gateway that reads the key variable from the map, never from the real env. */
  static LlmGateway open(LlmConfig config, Map<String, String> env) {
    return new LlmGateway(config, env::get, false);
  }

  /** A standalone gateway with {@link #KEY} in its key variable. */
  static LlmGateway open(LlmConfig config) {
    return open(config, Map.of("INSTRUCT4J_TEST_KEY", KEY));
  }

  static ChatCall call(String prompt) {
    return ChatCall.user("test", prompt, GenerationParams.of(0.7, 1.0, 64));
  }

  static ChatCall call(String stage, String system, String prompt) {
    return new ChatCall(stage, List.of(ChatMessage.system(system), ChatMessage.user(prompt)),
        GenerationParams.of(0.7, 1.0, 64), 0);
  }
}
