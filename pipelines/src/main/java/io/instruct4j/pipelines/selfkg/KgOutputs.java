package io.instruct4j.pipelines.selfkg;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.StageFiles;
import io.instruct4j.pipelines.common.Tally;
import io.instruct4j.selfkg.kg.KgInputs;
import io.instruct4j.selfkg.kg.KgRead;
import io.instruct4j.selfkg.pipeline.SelfKgCounters;
import io.instruct4j.selfkg.prompt.KgPrompts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Merges the pipeline's files into the run's outputs, sorted so reruns give the same bytes, and writes the summary. */
final class KgOutputs {

  /** Filters of pair-level drops in the generate stage. */
  private static final List<String> DROPPED = List.of("truncated", "incomplete_pair");
  private static final String UNPARSEABLE = "unparseable_reply";

  private KgOutputs() {}

  static SelfKgSummary write(StageFiles files, KgRead read, List<Reject> readRejects, KgBeamRun.Counts counts,
      RootConfig config, long startedNanos) {
    List<Example> examples = files.readWork(StageFiles.EXAMPLES, Example.class);
    examples.sort(Comparator.comparing(Example::id));
    List<Reject> rejects = new ArrayList<>(readRejects);
    rejects.addAll(StageFiles.sortedByJson(files.readWork(StageFiles.REJECTS, Reject.class)));
    List<DeadLetter> dead = StageFiles.sortedByJson(files.readWork(StageFiles.DEAD_LETTERS, DeadLetter.class));

    files.writeResults(StageFiles.EXAMPLES, examples, rejects, dead);
    SelfKgSummary summary = summary(read, Tally.of(rejects, dead), counts, examples.size(), config,
        (System.nanoTime() - startedNanos) / 1e9);
    files.writeSummary(summary);
    return summary;
  }

  private static SelfKgSummary summary(KgRead read, Tally tally, KgBeamRun.Counts counts, long exampleCount,
      RootConfig config, double seconds) {
    Map<String, Long> readRejected = new TreeMap<>(tally.rejects("read"));
    readRejected.remove(KgInputs.DUPLICATE);
    Map<String, Long> steps = counts.steps();
    long prompts = steps.get(SelfKgCounters.PROMPTS);
    long dead = tally.deadLetterCount(KgPrompts.STAGE);
    Map<String, Long> dropped = new TreeMap<>();
    DROPPED.forEach(f -> dropped.put(f, tally.rejectCount(KgPrompts.STAGE, f)));
    Map<String, Long> qaRejected = new TreeMap<>(tally.rejects("validate"));
    tally.rejects("dedup").forEach((k, v) -> qaRejected.merge(k, v, Long::sum));
    long templateQuestions = steps.get(SelfKgCounters.TEMPLATE_QUESTIONS);
    long pairs = steps.get(SelfKgCounters.PAIRS);
    boolean usesLlm = config.selfKg().usesLlm();
    return new SelfKgSummary("self-kg", config.language(), usesLlm ? config.llm().modelName() : null,
        config.runner().name(), config.selfKg().generator(), config.selfKg().hops(),
        new SelfKgSummary.Read(read.files(), read.records(), read.skippedStatements(), readRejected, read.triples(),
            read.duplicateTriples(), read.facts().size()),
        new SelfKgSummary.Groups(steps.get(SelfKgCounters.ENTITIES), steps.get(SelfKgCounters.SECOND_HOP_FACTS),
            steps.get(SelfKgCounters.FACTS_LEFT_OUT)),
        new SelfKgSummary.Template(templateQuestions),
        new SelfKgSummary.Generate(prompts, prompts - dead, tally.deadLetters(KgPrompts.STAGE),
            steps.get(SelfKgCounters.REPLIES_WITH_PAIRS), tally.rejectCount(KgPrompts.STAGE, UNPARSEABLE), pairs,
            dropped),
        new SelfKgSummary.Qa(templateQuestions + pairs, qaRejected, exampleCount),
        counts.llm(), Math.round(seconds * 10) / 10.0);
  }
}
