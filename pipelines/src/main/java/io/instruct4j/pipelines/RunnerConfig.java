package io.instruct4j.pipelines;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.Locale;

/**
 * Which Beam runner executes the pipelines: the {@code runner:} section of the config.
 *
 * @param name {@code DirectRunner} (default, for laptops) or {@code FlinkRunner}
 * @param flinkMaster {@code [local]} for an embedded mini-cluster (default) or {@code host:port}
 * @param parallelism worker parallelism; 0 means the runner's default
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunnerConfig(String name, String flinkMaster, Integer parallelism) implements Serializable {

  public static final RunnerConfig DEFAULT = new RunnerConfig(null, null, null);

  public RunnerConfig {
    name = canonical(name == null ? "DirectRunner" : name);
    flinkMaster = flinkMaster == null || flinkMaster.isBlank() ? "[local]" : flinkMaster;
    parallelism = parallelism == null ? 0 : parallelism;
    if (parallelism < 0) {
      throw new IllegalArgumentException("runner.parallelism must be >= 0, got " + parallelism);
    }
  }

  /** Accepts {@code direct}, {@code DirectRunner}, {@code flink}, {@code FlinkRunner} in any case. */
  static String canonical(String runner) {
    return switch (runner.toLowerCase(Locale.ROOT)) {
      case "direct", "directrunner" -> "DirectRunner";
      case "flink", "flinkrunner" -> "FlinkRunner";
      default -> throw new IllegalArgumentException(
          "runner.name must be DirectRunner or FlinkRunner, got '" + runner + "'");
    };
  }

  public boolean isFlink() {
    return name.equals("FlinkRunner");
  }

  public RunnerConfig withName(String value) {
    return new RunnerConfig(value, flinkMaster, parallelism);
  }

  public RunnerConfig withFlinkMaster(String value) {
    return new RunnerConfig(name, value, parallelism);
  }
}
