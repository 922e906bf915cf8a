package io.instruct4j.core.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link LlmGateway} per distinct {@link LlmConfig} in the JVM: Beam creates many DoFn
 * instances on many threads, and the concurrency and rate limits only hold if they all share the
 * same gateway.
 */
final class GatewayRegistry {

  private static final Map<LlmConfig, LlmGateway> GATEWAYS = new ConcurrentHashMap<>();

  private GatewayRegistry() {}

  static LlmGateway get(LlmConfig config) {
    return GATEWAYS.computeIfAbsent(config.validated(), c -> new LlmGateway(c, System::getenv, true));
  }

  static void closeAll() {
    List<LlmGateway> all = new ArrayList<>(GATEWAYS.values());
    GATEWAYS.clear();
    all.forEach(LlmGateway::closeNow);
  }
}
