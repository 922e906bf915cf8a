package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What a stage will read and the model calls it plans, computed without calling the model.
 *
 * @param stage the stage
 * @param inputs how many items it reads (seed tasks, chunks, entities, ...)
 * @param inputUnit what those items are
 * @param steps the planned calls per model step; empty for stages that do not call the model
 * @param notes what the check found that the user should know (unreadable documents, rejected rows, ...)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StageEstimate(Stage stage, long inputs, String inputUnit, List<CallEstimate> steps, List<String> notes) {

  public StageEstimate {
    steps = List.copyOf(steps);
    notes = List.copyOf(notes);
  }

  static StageEstimate noModel(Stage stage, long inputs, String unit, List<String> notes) {
    return new StageEstimate(stage, inputs, unit, List.of(), notes);
  }

  /** Planned calls over every step: exact when {@link #exact()}, else an upper bound. */
  public long calls() {
    return steps.stream().mapToLong(CallEstimate::calls).sum();
  }

  public boolean exact() {
    return steps.stream().allMatch(CallEstimate::exact);
  }

  public long promptTokens() {
    return steps.stream().mapToLong(CallEstimate::promptTokens).sum();
  }

  public long maxCompletionTokens() {
    return steps.stream().mapToLong(CallEstimate::maxCompletionTokens).sum();
  }
}
