package io.instruct4j.pipelines.run;

import java.util.Map;

/**
 * What a stage that ran produced.
 *
 * @param recordsIn what it read (seed tasks, documents, facts, examples)
 * @param recordsOut what it wrote (examples, rows, training steps)
 * @param llm what its model calls cost
 * @param outputs output name → path relative to the run folder
 * @param text the stage's own summary, a few lines for the terminal
 */
public record StageOutcome(long recordsIn, long recordsOut, LlmUsage llm, Map<String, String> outputs, String text) {

  public StageOutcome {
    outputs = Map.copyOf(outputs);
  }
}
