package io.instruct4j.pipelines.selfinstruct;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.core.record.Example;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.Tally;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's {@code summary.json}: what went in, what came out, what was refused and why, what
 * failed, and what the model calls cost. Each stage's counts add up to its input.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SelfInstructSummary(
    String method,
    String language,
    String model,
    String runner,
    String stoppedBecause,
    int rounds,
    int roundsResumed,
    int seedTasks,
    long malformedSeedLines,
    Bootstrap bootstrap,
    Classify classify,
    Instances instances,
    Map<String, Map<String, Long>> llm,
    double wallTimeSeconds) {

  /** Bootstrap: requests = replies + dead letters; candidates = accepted + rejected. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Bootstrap(long requests, long replies, Map<String, Long> deadLetters, long candidates,
      Map<String, Long> rejected, long accepted) {}

  /** Classification: instructions = classified + rejected + dead letters. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Classify(long instructions, long classified, long classificationTasks,
      Map<String, Long> rejected, Map<String, Long> deadLetters) {}

  /**
   * Instances: instructions = with examples + rejected for having none + dead letters; examples
   * are the training rows kept; rejected counts both instance-level drops and instructions left
   * without any instance.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Instances(long instructions, long withExamples, long examples,
      Map<String, Long> rejected, Map<String, Long> deadLetters) {}

  static SelfInstructSummary of(RootConfig config, String stop, int rounds, int resumed, int seeds, int requests,
      List<Example> instructions, Map<String, Boolean> flags, long exampleCount, long withExamples, Tally tally,
      Map<String, Map<String, Long>> llm, double seconds) {
    long deadBootstrap = tally.deadLetterCount("bootstrap");
    Bootstrap bootstrap = new Bootstrap(requests, requests - deadBootstrap, tally.deadLetters("bootstrap"),
        instructions.size() + tally.rejectCount("bootstrap"), tally.rejects("bootstrap"), instructions.size());
    long classified = flags.values().stream().filter(f -> f != null).count();
    long clfTasks = flags.values().stream().filter(Boolean.TRUE::equals).count();
    Classify classify = new Classify(instructions.size(), classified, clfTasks,
        tally.rejects("classify"), tally.deadLetters("classify"));
    Instances instances = new Instances(classified, withExamples, exampleCount,
        tally.rejects("instances"), tally.deadLetters("instances"));
    return new SelfInstructSummary("self-instruct", config.language(), config.llm().modelName(), config.runner().name(),
        stop, rounds, resumed, seeds, tally.rejectCount("read"), bootstrap, classify, instances, llm,
        Math.round(seconds * 10) / 10.0);
  }

  /** A few lines for the terminal. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Self-Instruct (%s, %s, %s): %d rounds (%d resumed), stopped: %s, %.1f s%n",
        language, model, runner, rounds, roundsResumed, stoppedBecause.replace('_', ' '), wallTimeSeconds));
    b.append(String.format(Locale.ROOT, "  seeds       %d tasks, %d malformed lines%n", seedTasks, malformedSeedLines));
    b.append(String.format(Locale.ROOT, "  bootstrap   %d prompts, %d candidates -> %d accepted; rejected %s; dead letters %s%n",
        bootstrap.requests(), bootstrap.candidates(), bootstrap.accepted(), bootstrap.rejected(), bootstrap.deadLetters()));
    b.append(String.format(Locale.ROOT, "  classify    %d instructions -> %d classified (%d classification tasks); rejected %s; dead letters %s%n",
        classify.instructions(), classify.classified(), classify.classificationTasks(), classify.rejected(), classify.deadLetters()));
    b.append(String.format(Locale.ROOT, "  instances   %d instructions -> %d with examples, %d examples; rejected %s; dead letters %s%n",
        instances.instructions(), instances.withExamples(), instances.examples(), instances.rejected(), instances.deadLetters()));
    llm.forEach((stage, row) -> b.append(String.format(Locale.ROOT, "  llm %-9s %s%n", stage, row)));
    return b.toString().stripTrailing();
  }
}
