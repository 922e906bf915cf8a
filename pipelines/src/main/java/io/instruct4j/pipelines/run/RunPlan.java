package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.RootConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages of one run, resolved from the config and the options.
 *
 * @param name the run's name
 * @param runDir the run folder (absolute)
 * @param generators the generators, in order
 * @param stages every stage of the run in order: the generators, curate, export, then train if enabled
 * @param selected the stages this start considers (all, or those up to {@code --until})
 * @param forced the stages redone even when done ({@code --from} and downstream)
 */
public record RunPlan(String name, Path runDir, List<Stage> generators, List<Stage> stages, List<Stage> selected,
    List<Stage> forced) {

  /** The folder used when neither {@code output} nor {@code run.name} says otherwise. */
  public static final String RUNS = "runs";

  /**
   * @param fallbackName the run name when {@code run.name} is not set (the config file's name), or null
   */
  public static RunPlan of(RootConfig config, RunOptions options, String fallbackName) {
    String name = config.run().name() != null ? config.run().name() : fallbackName != null ? fallbackName : "run";
    Path dir = config.output() != null && !config.output().isBlank() ? Path.of(config.output()) : Path.of(RUNS, name);
    List<Stage> generators = generators(config);
    List<Stage> stages = new ArrayList<>(generators);
    stages.add(Stage.CURATE);
    stages.add(Stage.EXPORT);
    if (config.run().train()) {
      stages.add(Stage.TRAIN);
    }
    check(options.from(), stages, "--from");
    check(options.until(), stages, "--until");
    List<Stage> selected = stages.stream().filter(s -> options.until() == null || s.feeds(options.until())).toList();
    List<Stage> forced = stages.stream().filter(s -> options.from() != null && options.from().feeds(s)).toList();
    return new RunPlan(name, dir.toAbsolutePath().normalize(), generators, List.copyOf(stages), selected, forced);
  }

  /** {@code run.generators}, or else every generator whose input is set. */
  static List<Stage> generators(RootConfig config) {
    List<Stage> named = config.run().generatorStages();
    if (!named.isEmpty()) {
      return named;
    }
    List<Stage> out = new ArrayList<>();
    if (config.selfInstruct().seeds() != null && !config.selfInstruct().seeds().isBlank()) {
      out.add(Stage.SELF_INSTRUCT);
    }
    if (!config.selfQa().inputs().isEmpty()) {
      out.add(Stage.SELF_QA);
    }
    if (!config.selfKg().inputs().isEmpty()) {
      out.add(Stage.SELF_KG);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no generator to run: list them in run.generators (of "
          + Stage.names(Stage.GENERATORS) + ") and set their inputs (self_instruct.seeds, self_qa.inputs, "
          + "self_kg.inputs)");
    }
    return out;
  }

  private static void check(Stage stage, List<Stage> stages, String option) {
    if (stage != null && !stages.contains(stage)) {
      throw new IllegalArgumentException(option + " " + stage.key() + ": that stage is not part of this run "
          + (stage == Stage.TRAIN ? "(run.train is false)" : "(run.generators is " + Stage.names(stages.stream()
              .filter(Stage::isGenerator).toList()) + ")"));
    }
  }

  public Path dir(Stage stage) {
    return runDir.resolve(stage.folder());
  }
}
