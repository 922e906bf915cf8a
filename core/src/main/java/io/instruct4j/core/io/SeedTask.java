package io.instruct4j.core.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Provenance;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One task of a Self-Instruct seed file, exactly as the original {@code seed_tasks.jsonl} spells
 * it. Unknown fields are ignored: this is a foreign format and others extend it.
 *
 * @param id e.g. {@code seed_task_0}
 * @param name a short snake_case label, e.g. {@code breakfast_suggestion}
 * @param instruction the task, never blank
 * @param instances worked examples of the task, in file order
 * @param isClassification whether the task is a classification task, null when not given
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeedTask(
    String id,
    String name,
    String instruction,
    List<Instance> instances,
    @JsonProperty("is_classification") Boolean isClassification)
    implements Serializable {

  public SeedTask {
    Objects.requireNonNull(instruction, "instruction");
    instances = instances == null ? List.of() : List.copyOf(instances);
  }

  /**
   * One input/output pair of a seed task; a missing field reads as empty.
   *
   * @param input the task's input, often empty
   * @param output the expected answer
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Instance(String input, String output) implements Serializable {

    public Instance {
      input = input == null ? "" : input;
      output = output == null ? "" : output;
    }
  }

  /**
   * The task as examples, one per instance (method {@code seed}, round 0). A task without
   * instances gives one instruction-only example, so its instruction is not lost silently.
   */
  public List<Example> toExamples(String language) {
    Provenance round0 = Provenance.EMPTY.withRound(0);
    if (instances.isEmpty()) {
      return List.of(example("", "", language, round0));
    }
    List<Example> out = new ArrayList<>(instances.size());
    for (Instance instance : instances) {
      out.add(example(instance.input(), instance.output(), language, round0));
    }
    return List.copyOf(out);
  }

  private Example example(String input, String output, String language, Provenance provenance) {
    return new Example(null, instruction, input, output, Method.SEED, language, isClassification,
        provenance, null);
  }
}
