package io.instruct4j.pipelines.run;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.SeedTask;
import io.instruct4j.core.io.SeedTasks;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.selfinstruct.SelfInstructConfig;
import io.instruct4j.selfinstruct.pipeline.BootstrapRequest;
import io.instruct4j.selfinstruct.pipeline.Prompts;
import io.instruct4j.selfinstruct.pipeline.RoundPlanner;
import io.instruct4j.selfinstruct.prompt.SelfInstructPrompts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a Self-Instruct run: reads the seed tasks and renders the first round's prompts. How many
 * instructions a round accepts depends on the replies, so every count is an upper bound:
 * <ul>
 *   <li>bootstrap: {@code max_rounds × requests_per_round} (fewer when the target is reached);</li>
 *   <li>instructions: a round runs only while fewer than {@code target_instructions} are accepted,
 *       and a reply continues the prompt's list up to item {@value SelfInstructPrompts#DEFAULT_LAST_ITEM},
 *       so at most {@code min(max_rounds × R × 20, target − 1 + R × 20)} (R = requests per round;
 *       the bound assumes no reply numbers its items past 20, as the prompt asks);</li>
 *   <li>classify: each instruction once, plus up to {@code classify_retries} resamples of an
 *       unreadable Yes/No answer;</li>
 *   <li>instances: each instruction once.</li>
 * </ul>
 */
final class SelfInstructEstimator {

  private SelfInstructEstimator() {}

  static StageEstimate estimate(RootConfig config) {
    SelfInstructConfig si = config.selfInstruct();
    Path file = seeds(si);
    List<Reject> malformed = new ArrayList<>();
    BadRecords bad = config.badRecords().equals("reject") ? BadRecords.rejectTo(malformed::add) : BadRecords.fail();
    List<SeedTask> seeds = SeedTasks.open(file, bad).readAll();
    List<String> instructions = seeds.stream().map(SeedTask::instruction).toList();
    RoundPlanner planner = new RoundPlanner(instructions, si.humanExamples(), si.machineExamples(), si.seed());
    Prompts prompts = new Prompts(si, config.language());
    SelfInstructPrompts templates = SelfInstructPrompts.forLanguage(config.language());

    int r = si.requestsPerRound();
    long perRound = (long) r * SelfInstructPrompts.DEFAULT_LAST_ITEM;
    long bootstrapCalls = (long) si.maxRounds() * r;
    long instructionsMax = Math.min((long) si.maxRounds() * perRound, si.targetInstructions() - 1L + perRound);

    List<BootstrapRequest> firstRound = planner.plan(1, r, List.of());
    double bootstrapTokens = firstRound.stream()
        .mapToLong(q -> Tokens.estimate(prompts.bootstrap(q).messages().get(0).content())).average().orElse(0);
    // Seed instructions stand in for the machine ones: the same kind of text, the same templates.
    double classifyTokens = seeds.stream()
        .mapToLong(t -> Tokens.estimate(templates.classify(t.instruction()).text())).average().orElse(0);
    double instanceTokens = seeds.stream().mapToLong(t -> Tokens.estimate(templates.instances(t.instruction(),
        Boolean.TRUE.equals(t.isClassification()), si.maxInstances()).text())).average().orElse(0);
    long classifyCalls = instructionsMax * (1 + si.classifyRetries());
    int classifyMax = prompts.classifyResample().maxTokens();

    List<CallEstimate> steps = List.of(
        new CallEstimate("bootstrap", bootstrapCalls, false, Math.round(bootstrapCalls * bootstrapTokens),
            bootstrapCalls * si.maxTokens()),
        new CallEstimate("classify", classifyCalls, false, Math.round(classifyCalls * classifyTokens),
            classifyCalls * classifyMax),
        new CallEstimate("instances", instructionsMax, false, Math.round(instructionsMax * instanceTokens),
            instructionsMax * si.maxTokens()));
    List<String> notes = new ArrayList<>();
    notes.add(seeds.size() + " seed tasks in " + file + "; stops at " + si.targetInstructions()
        + " instructions or after " + si.maxRounds() + " rounds of " + r + " prompts");
    if (!malformed.isEmpty()) {
      notes.add(malformed.size() + " malformed seed lines will be rejects (bad_records: reject)");
    }
    return new StageEstimate(Stage.SELF_INSTRUCT, seeds.size(), "seed tasks", steps, notes);
  }

  static Path seeds(SelfInstructConfig si) {
    if (si.seeds() == null || si.seeds().isBlank()) {
      throw new IllegalArgumentException("self_instruct.seeds is not set: name the seed-task file in the config");
    }
    Path file = Path.of(si.seeds());
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("seed file " + file.toAbsolutePath()
          + " does not exist (self_instruct.seeds)");
    }
    return file;
  }
}
