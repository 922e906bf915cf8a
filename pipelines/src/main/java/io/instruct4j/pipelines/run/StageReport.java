package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * What one stage did in this start.
 *
 * @param stage the stage
 * @param status {@code ran}, {@code skipped} (done with the same fingerprint), {@code not_run}
 *     (after {@code --until}) or {@code failed}
 * @param reason why it ran or was skipped
 * @param recordsIn what it read (for a skipped stage: when it last ran)
 * @param recordsOut what it wrote (for a skipped stage: when it last ran)
 * @param llm what its model calls cost in this start (nothing for a skipped stage)
 * @param wallSeconds how long it took in this start
 * @param outputs output name → path relative to the run folder
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StageReport(Stage stage, String status, String reason, long recordsIn, long recordsOut, LlmUsage llm,
    double wallSeconds, Map<String, String> outputs) {

  public static final String RAN = "ran";
  public static final String SKIPPED = "skipped";
  public static final String NOT_RUN = "not_run";
  public static final String FAILED = "failed";

  public StageReport {
    outputs = Map.copyOf(outputs);
  }

  static StageReport skipped(Decision d, StageRecord last) {
    return new StageReport(d.stage(), SKIPPED, d.reason(), orZero(last.recordsIn()), orZero(last.recordsOut()),
        LlmUsage.NONE, 0, last.outputs());
  }

  static StageReport notRun(Stage stage) {
    return new StageReport(stage, NOT_RUN, "after --until", 0, 0, LlmUsage.NONE, 0, Map.of());
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  /** What a stage reads and writes, for the summary's columns. */
  static String[] units(Stage stage) {
    return switch (stage) {
      case SELF_INSTRUCT -> new String[] {"seeds", "examples"};
      case SELF_QA -> new String[] {"documents", "examples"};
      case SELF_KG -> new String[] {"facts", "examples"};
      case CURATE -> new String[] {"examples", "kept"};
      case EXPORT -> new String[] {"examples", "rows"};
      case TRAIN -> new String[] {"examples", "steps"};
    };
  }
}
