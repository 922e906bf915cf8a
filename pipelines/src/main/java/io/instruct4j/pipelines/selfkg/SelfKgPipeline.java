package io.instruct4j.pipelines.selfkg;

import io.instruct4j.core.io.BadRecordPolicy;
import io.instruct4j.core.io.JsonlWriter;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.RunFolder;
import io.instruct4j.pipelines.common.StageFiles;
import io.instruct4j.selfkg.SelfKgConfig;
import io.instruct4j.selfkg.kg.BadRows;
import io.instruct4j.selfkg.kg.KgInputs;
import io.instruct4j.selfkg.kg.KgRead;
import io.instruct4j.selfkg.kg.KgReadOptions;
import io.instruct4j.selfkg.kg.Triple;
import io.instruct4j.selfkg.template.RelationTemplates;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-KG end to end: read the knowledge-graph files (bad records under the run's policy), write
 * the distinct facts to {@code facts.jsonl}, run the Beam pipeline (grouping, template and/or LLM
 * generation, validation, de-duplication), then merge its files into the outputs and the summary.
 * Templates, prompts and the LLM config are checked before anything is read or paid for. A rerun
 * replays every finished call from the response cache, so it pays only for calls that never finished.
 */
public final class SelfKgPipeline {

  private SelfKgPipeline() {}

  /** Runs (or reruns) the job described by {@code config}; progress lines go to {@code progress}. */
  public static SelfKgSummary run(RootConfig config, PrintWriter progress) {
    long started = System.nanoTime();
    SelfKgConfig kg = config.selfKg();
    String language = config.language();
    RelationTemplates templates = RelationTemplates.load(language,
        kg.templatesFile() == null || kg.templatesFile().isBlank() ? null : Path.of(kg.templatesFile()), kg.templates());
    Path runDir = RunFolder.prepare(config.output());
    LlmClientFactory llm = kg.usesLlm()
        ? LlmGateway.factory(RunFolder.withDefaultCache(config.llm(), runDir).validated()) : null;
    StageFiles files = new StageFiles(runDir);
    Path facts = files.output(KgBeamRun.FACTS);

    List<Path> inputs = kg.inputs().stream().map(Path::of).toList();
    progress.println("reading " + inputs.size() + " knowledge-graph file" + (inputs.size() == 1 ? "" : "s"));
    progress.flush();
    List<Reject> readRejects = new ArrayList<>();
    BadRecordPolicy policy = config.badRecords().equals("reject") ? BadRecordPolicy.REJECT : BadRecordPolicy.FAIL;
    KgRead read = new KgInputs(KgReadOptions.of(kg, language), BadRows.of(policy, readRejects::add), readRejects::add)
        .read(inputs);
    JsonlWriter.writeAll(facts, read.facts());
    long entities = read.facts().stream().map(Triple::head).distinct().count();
    progress.println("read " + read.facts().size() + " facts about " + entities + " entities ("
        + read.duplicateTriples() + " duplicates, " + (readRejects.size() - read.duplicateTriples()) + " rejected)");
    progress.println("generating (" + kg.generator() + ", " + kg.hops() + " hop" + (kg.hops() == 1 ? "" : "s")
        + ") on " + config.runner().name());
    progress.flush();
    KgBeamRun.Counts counts = new KgBeamRun(config.runner(), llm).run(facts, files, kg, language, templates);
    progress.println("generation done; writing outputs to " + runDir);
    progress.flush();
    return KgOutputs.write(files, read, readRejects, counts, config, started);
  }
}
