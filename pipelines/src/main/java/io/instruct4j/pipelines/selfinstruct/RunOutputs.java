package io.instruct4j.pipelines.selfinstruct;

import io.instruct4j.core.beam.LlmCounters;
import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.Json;
import io.instruct4j.core.io.JsonlWriter;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.Pretty;
import io.instruct4j.pipelines.common.Tally;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges the rounds' files into the run's outputs and writes {@code summary.json}. */
final class RunOutputs {

  /** Output file names, relative to the run folder. */
  static final String INSTRUCTIONS = "instructions.jsonl";
  static final String INSTANCES = "instances.jsonl";
  static final String FINETUNE = "finetune.jsonl";
  static final String REJECTS = "rejects.jsonl";
  static final String DEAD_LETTERS = "dead-letters.jsonl";
  static final String SUMMARY = "summary.json";

  private RunOutputs() {}

  /** A plain training row, the shape every trainer reads. */
  record FinetuneRow(String instruction, String input, String output) {}

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
      rejects.addAll(sortedByJson(round.readRejects()));
      deadLetters.addAll(sortedByJson(round.readDeadLetters()));
      RoundDone done = SelfInstructPipeline.readDone(round);
      requests += done.requests();
      done.llm().forEach((stage, row) -> {
        Map<String, Long> sum = llm.computeIfAbsent(stage, s -> LlmCounters.zeroRow());
        row.forEach((k, v) -> sum.merge(k, v, Long::sum));
      });
    }
    List<Example> instructions = accepted.stream()
        .map(e -> flags.containsKey(e.id()) ? e.withClassification(flags.get(e.id())) : e).toList();

    JsonlWriter.writeAll(runDir.resolve(INSTRUCTIONS), instructions);
    JsonlWriter.writeAll(runDir.resolve(INSTANCES), examples);
    JsonlWriter.writeAll(runDir.resolve(FINETUNE),
        examples.stream().map(e -> new FinetuneRow(e.instruction(), e.input(), e.output())).toList());
    JsonlWriter.writeAll(runDir.resolve(REJECTS), rejects);
    JsonlWriter.writeAll(runDir.resolve(DEAD_LETTERS), deadLetters);

    Tally tally = new Tally();
    rejects.forEach(tally::reject);
    deadLetters.forEach(tally::deadLetter);
    long withExamples = examples.stream().map(Example::instruction).distinct().count();
    SelfInstructSummary summary = SelfInstructSummary.of(config, stop, rounds.size(), resumed, seedCount,
        requests, instructions, flags, examples.size(), withExamples, tally, llm,
        (System.nanoTime() - startedNanos) / 1e9);
    AtomicFiles.writeString(runDir.resolve(SUMMARY), Pretty.json(summary) + "\n");
    return summary;
  }

  /** Beam writes lines in no fixed order; sorting by their JSON makes the merged files reproducible. */
  private static <T> List<T> sortedByJson(List<T> values) {
    List<T> out = new ArrayList<>(values);
    out.sort((a, b) -> Json.toLine(a).compareTo(Json.toLine(b)));
    return out;
  }
}
