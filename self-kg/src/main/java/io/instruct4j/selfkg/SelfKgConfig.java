package io.instruct4j.selfkg;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;

/**
 * The {@code self_kg:} section of the config.
 *
 * @param inputs knowledge-graph files to read
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SelfKgConfig(List<String> inputs) implements Serializable {

  public SelfKgConfig {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
  }

  public static SelfKgConfig defaults() {
    return new SelfKgConfig(null);
  }
}
