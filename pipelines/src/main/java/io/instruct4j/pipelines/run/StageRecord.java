package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * One stage's entry in {@code run-state.json}: the last time it started, how it ended, what it
 * was computed from (the fingerprints that decide whether the next start may skip it), what went
 * in and out, what the model calls cost, and where its outputs are.
 *
 * @param status {@code running} (started, not finished: killed or still going), {@code done} or {@code failed}
 * @param fingerprint SHA-256 of {@code config_fingerprint} and {@code input_fingerprint}: the stage is
 *     skipped while it is done and this is unchanged
 * @param configFingerprint SHA-256 of the settings the stage's outputs depend on
 * @param inputFingerprint SHA-256 of its input files' contents and its upstream stages' fingerprints
 * @param startedAt ISO-8601 instant
 * @param finishedAt ISO-8601 instant; null while running
 * @param wallSeconds seconds from start to finish
 * @param recordsIn what the stage read: seed tasks, documents, facts, examples
 * @param recordsOut what it wrote: examples (generators, curate), rows (export), steps (train)
 * @param llm what its model calls cost
 * @param outputs output name → path relative to the run folder
 * @param error why it failed; null otherwise
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StageRecord(
    String status,
    String fingerprint,
    String configFingerprint,
    String inputFingerprint,
    String startedAt,
    String finishedAt,
    Double wallSeconds,
    Long recordsIn,
    Long recordsOut,
    LlmUsage llm,
    Map<String, String> outputs,
    String error) {

  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";

  public StageRecord {
    if (!RUNNING.equals(status) && !DONE.equals(status) && !FAILED.equals(status)) {
      throw new IllegalArgumentException("status must be running, done or failed, got '" + status + "'");
    }
    llm = llm == null ? LlmUsage.NONE : llm;
    outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
  }

  public boolean done() {
    return DONE.equals(status);
  }
}
