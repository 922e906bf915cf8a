package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code run:} section of the config: what {@code instruct4j run} does. Curation and export
 * always run; the generators are chosen here and training is opt-in.
 *
 * <pre>{@code
 * run:
 *   name: demo                                   # folder runs/demo (unless `output` is set)
 *   generators: [self_instruct, self_qa, self_kg]
 *   train: false
 * }</pre>
 *
 * @param name the run's name; its folder is {@code runs/<name>} unless the top-level {@code output}
 *     names another; letters, digits, '.', '_' and '-'; default: the config file's name
 * @param generators the generators to run, of {@code self_instruct}, {@code self_qa},
 *     {@code self_kg} (they always run in that order); default: every generator whose input is set
 *     ({@code self_instruct.seeds}, {@code self_qa.inputs}, {@code self_kg.inputs})
 * @param train fine-tune a LoRA adapter on the export's training split after the export
 *     (default false)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = false)
public record RunSection(String name, List<String> generators, Boolean train) {

  public RunSection {
    if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("run.name must start with a letter or digit and hold only letters, digits, "
          + "'.', '_' and '-' (it names the run folder), got '" + name + "'");
    }
    if (generators != null) {
      if (generators.isEmpty()) {
        throw new IllegalArgumentException("run.generators is empty: list at least one of "
            + Stage.names(Stage.GENERATORS) + ", or leave the key out to run every generator whose input is set");
      }
      List<String> seen = new ArrayList<>();
      for (String g : generators) {
        Stage stage = Stage.parse(g, "each of run.generators");
        if (!stage.isGenerator()) {
          throw new IllegalArgumentException("run.generators lists '" + g + "', which is not a generator: list "
              + Stage.names(Stage.GENERATORS) + " (curate and export always run; training is run.train)");
        }
        if (seen.contains(stage.key())) {
          throw new IllegalArgumentException("run.generators lists '" + stage.key() + "' twice");
        }
        seen.add(stage.key());
      }
      generators = List.copyOf(seen);
    }
    train = train != null && train;
  }

  /** Every key at its default. */
  public static RunSection defaults() {
    return new RunSection(null, null, null);
  }

  /** The generators named in {@code run.generators}, in run order; empty when the key is not set. */
  public List<Stage> generatorStages() {
    return generators == null ? List.of()
        : Stage.GENERATORS.stream().filter(s -> generators.contains(s.key())).toList();
  }

  public RunSection withName(String value) {
    return new RunSection(value, generators, train);
  }
}
