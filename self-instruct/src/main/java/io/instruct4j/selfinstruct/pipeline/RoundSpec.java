package io.instruct4j.selfinstruct.pipeline;

import io.instruct4j.selfinstruct.SelfInstructConfig;
import java.io.Serializable;
import java.util.List;

/**
 * Everything one bootstrap round needs besides the model: settings, language, the planned
 * prompts and the pool as it stood before the round.
 */
public record RoundSpec(
    SelfInstructConfig config, String language, List<BootstrapRequest> requests, List<PoolEntry> pool)
    implements Serializable {

  public RoundSpec {
    requests = List.copyOf(requests);
    pool = List.copyOf(pool);
    if (!language.equals("en") && !language.equals("zh")) {
      throw new IllegalArgumentException("language must be en or zh, got '" + language + "'");
    }
  }

  public int round() {
    return requests.isEmpty() ? 0 : requests.get(0).round();
  }
}
