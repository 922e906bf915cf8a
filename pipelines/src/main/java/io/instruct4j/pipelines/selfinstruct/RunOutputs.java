package io.instruct4j.pipelines.selfinstruct;

import io.instruct4j.core.beam.LlmCounters;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.StageFiles;
import io.instruct4j.pipelines.common.Tally;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges the rounds' files into the run's outputs and writes {@code summary.json}. */
final class RunOutputs {

  /** Self-Instruct's own output names; the shared ones are in {@link StageFiles}. */
  static final String INSTRUCTIONS = "instructions.jsonl";
  static final String INSTANCES = "instances.jsonl";

  private RunOutputs() {}

  static SelfInstructSummary write(Path runDir, int seedCount, List<Reject> readRejects, List<RoundFiles> rounds,
      List<Example> accepted, String stop, int resumed, long startedNanos, RootConfig config) {
    Map<String, Boolean> flags = new HashMap<>();
    List<Example> examples = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>(readRejects);
    List<DeadLetter> deadLetters = new ArrayList<>();
    Map<String, Map<String, Long>> llm = new LinkedHashMap<>();
    int requests = 0;
    for (RoundFiles round : rounds) {
      round.readClassified().forEach(e -> flags.put(e.id(), e.isClassification()));
      examples.addAll(round.readExamples());
      rejects.addAll(StageFiles.sortedByJson(round.readRejects()));
      deadLetters.addAll(StageFiles.sortedByJson(round.readDeadLetters()));
      RoundDone done = SelfInstructPipeline.readDone(round);
      requests += done.requests();
      done.llm().forEach((stage, row) -> {
        Map<String, Long> sum = llm.computeIfAbsent(stage, s -> LlmCounters.zeroRow());
        row.forEach((k, v) -> sum.merge(k, v, Long::sum));
      });
    }
    List<Example> instructions = accepted.stream()
        .map(e -> flags.containsKey(e.id()) ? e.withClassification(flags.get(e.id())) : e).toList();

    StageFiles files = new StageFiles(runDir);
    files.write(INSTRUCTIONS, instructions);
    files.writeResults(INSTANCES, examples, rejects, deadLetters);

    Tally tally = Tally.of(rejects, deadLetters);
    long withExamples = examples.stream().map(Example::instruction).distinct().count();
    SelfInstructSummary summary = SelfInstructSummary.of(config, stop, rounds.size(), resumed, seedCount,
        requests, instructions, flags, examples.size(), withExamples, tally, llm,
        (System.nanoTime() - startedNanos) / 1e9);
    files.writeSummary(summary);
    return summary;
  }
}
