package io.instruct4j.pipelines.report;

import static io.instruct4j.pipelines.report.ReportInputs.required;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.pipelines.run.LlmUsage;
import io.instruct4j.pipelines.run.Stage;
import io.instruct4j.pipelines.selfinstruct.SelfInstructSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Self-Instruct: the bootstrap, classification and instance funnels from {@code summary.json},
 * rejects by reason, model calls, and from {@code instructions.jsonl} the ROUGE-L histogram and
 * the leading words of the accepted instructions.
 */
final class SelfInstructSection {

  static final String TITLE = "Self-Instruct";
  /**
   * The instances step's reject filter for an instruction left with no instance: it counts
   * instructions, while the step's other filters count instances ({@code summary.json}'s
   * {@code instances.rejected} holds both), so only it belongs in the instruction funnel.
   */
  static final String NO_INSTANCES = "no_valid_instances";
  static final int TOP_WORDS = 10;
  /** The accepted instructions, with the scores the ROUGE-L filter recorded. */
  static final String INSTRUCTIONS = "instructions.jsonl";

  private SelfInstructSection() {}

  static StageSection build(Path dir) {
    Path file = dir.resolve(StageFiles.SUMMARY);
    if (!Files.exists(file)) {
      return StageSection.unfinished(Stage.SELF_INSTRUCT, TITLE, StageFiles.SUMMARY);
    }
    SelfInstructSummary s = ReportInputs.readJson(file, SelfInstructSummary.class, "a Self-Instruct summary.json");
    SelfInstructSummary.Bootstrap boot = required(s.bootstrap(), file, "bootstrap");
    SelfInstructSummary.Classify classify = required(s.classify(), file, "classify");
    SelfInstructSummary.Instances inst = required(s.instances(), file, "instances");

    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, TITLE));
    blocks.add(new Block.Text(String.format(Locale.ROOT, "Model %s, language %s, runner %s: %d round(s) (%d resumed), "
            + "stopped because %s; %d seed tasks (%d malformed seed lines); %.1f s.",
        s.model(), s.language(), s.runner(), s.rounds(), s.roundsResumed(),
        String.valueOf(s.stoppedBecause()).replace('_', ' '), s.seedTasks(), s.malformedSeedLines(),
        s.wallTimeSeconds())));
    blocks.add(new Block.Heading(3, "Funnel"));
    blocks.addAll(Funnel.of("Bootstrap prompts", "prompts", boot.requests())
        .minus("dead letter", boot.deadLetters()).to("replies", boot.replies()).blocks());
    blocks.addAll(Funnel.of("Bootstrap candidates", "candidates", boot.candidates())
        .minus("rejected", boot.rejected()).to("accepted instructions", boot.accepted()).blocks());
    blocks.addAll(Funnel.of("Classification", "instructions", classify.instructions())
        .minus("rejected", classify.rejected()).minus("dead letter", classify.deadLetters())
        .to("classified", classify.classified()).blocks());
    Map<String, Long> instanceRejects = new HashMap<>(ReportInputs.orEmpty(inst.rejected()));
    long noInstances = instanceRejects.getOrDefault(NO_INSTANCES, 0L);
    blocks.addAll(Funnel.of("Instances (per instruction)", "instructions", inst.instructions())
        .minus("rejected: " + NO_INSTANCES, noInstances).minus("dead letter", inst.deadLetters())
        .to("instructions with examples", inst.withExamples()).blocks());
    instanceRejects.remove(NO_INSTANCES);
    blocks.add(new Block.Text(inst.examples() + " examples kept from " + inst.withExamples() + " instructions; "
        + classify.classificationTasks() + " of the classified instructions are classification tasks; instances "
        + "dropped during clean-up: " + Fmt.counts(instanceRejects) + "."));

    blocks.add(new Block.Heading(3, "Rejects"));
    RejectTally rejects = RejectTally.read(dir.resolve(StageFiles.REJECTS));
    blocks.addAll(rejects.blocks(TITLE, "self-instruct-rejects.png"));
    blocks.add(new Block.Heading(3, "Model calls"));
    blocks.addAll(LlmTable.blocks(null, s.llm()));

    blocks.addAll(instructionBlocks(dir.resolve(INSTRUCTIONS)));

    long dead = ReportInputs.count(dir.resolve(StageFiles.DEAD_LETTERS), DeadLetter.class);
    return new StageSection(Stage.SELF_INSTRUCT, true, Fmt.count(s.seedTasks(), "seed task", "seed tasks"),
        Fmt.count(inst.examples(), "example", "examples"), rejects.total(), dead,
        s.llm() == null ? LlmUsage.NONE : LlmUsage.of(s.llm()), s.wallTimeSeconds(), blocks);
  }

  /** The similarity histogram and the leading words, both over the accepted instructions. */
  private static List<Block> instructionBlocks(Path instructions) {
    if (!Files.exists(instructions)) {
      return List.of(new Block.Text(INSTRUCTIONS + " is missing, so there is no similarity histogram and no "
          + "leading-word count."));
    }
    RougeHistogram rouge = new RougeHistogram();
    LeadingVerbs verbs = new LeadingVerbs();
    ReportInputs.forEach(instructions, Example.class, e -> {
      rouge.accept(e);
      verbs.accept(e);
    });
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(3, "Similarity to the pool"));
    blocks.addAll(rouge.blocks("self-instruct-rouge-l.png"));
    blocks.add(new Block.Heading(3, "Leading words"));
    blocks.addAll(verbs.blocks(TOP_WORDS, "self-instruct-leading-words.png"));
    return blocks;
  }
}
