package io.instruct4j.pipelines.run;

import io.instruct4j.core.io.BadRecordPolicy;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.selfkg.SelfKgConfig;
import io.instruct4j.selfkg.kg.BadRows;
import io.instruct4j.selfkg.kg.KgInputs;
import io.instruct4j.selfkg.kg.KgRead;
import io.instruct4j.selfkg.kg.KgReadOptions;
import io.instruct4j.selfkg.kg.Triple;
import io.instruct4j.selfkg.pipeline.FactGroup;
import io.instruct4j.selfkg.prompt.KgPrompts;
import io.instruct4j.selfkg.template.RelationTemplates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans a Self-KG run: loads the templates and reads the graph with the pipeline's own readers,
 * then groups the facts by entity as the pipeline does (with the second hop when {@code hops: 2}).
 * The LLM generator sends exactly one prompt per entity; a reply without a pair is asked again up
 * to {@code reply_retries} times, so the calls are at most {@code entities × (1 + reply_retries)}.
 */
final class SelfKgEstimator {

  /** The pipeline's order of second-hop facts (GroupFacts): by head, then relation, then tail. */
  private static final Comparator<Triple> SECOND_HOP_ORDER =
      Comparator.comparing(Triple::head).thenComparing(Triple.ORDER);

  private SelfKgEstimator() {}

  static StageEstimate estimate(RootConfig config) {
    SelfKgConfig kg = config.selfKg();
    String language = config.language();
    Path templatesFile = kg.templatesFile() == null || kg.templatesFile().isBlank() ? null : Path.of(kg.templatesFile());
    RelationTemplates.load(language, templatesFile, kg.templates());
    List<Reject> rejects = new ArrayList<>();
    BadRecordPolicy policy = config.badRecords().equals("reject") ? BadRecordPolicy.REJECT : BadRecordPolicy.FAIL;
    KgRead read = new KgInputs(KgReadOptions.of(kg, language), BadRows.of(policy, rejects::add), rejects::add)
        .read(kg.inputs().stream().map(Path::of).toList());
    List<FactGroup> groups = groups(read.facts(), kg.hops());
    List<String> notes = new ArrayList<>();
    notes.add(read.files() + " files, " + read.records() + " records -> " + read.facts().size() + " facts about "
        + groups.size() + " entities (" + read.duplicateTriples() + " duplicates, "
        + (rejects.size() - read.duplicateTriples()) + " rejected)");
    if (!kg.usesLlm()) {
      return StageEstimate.noModel(Stage.SELF_KG, groups.size(), "entities", notes);
    }
    KgPrompts prompts = new KgPrompts(kg, language);
    long promptTokens = 0;
    for (FactGroup g : groups) {
      promptTokens += Tokens.estimate(prompts.render(g.entity(), g.firstFacts(kg.maxFactsPerPrompt())).text());
    }
    long prompts1 = groups.size();
    long calls = prompts1 * (1 + kg.replyRetries());
    List<CallEstimate> steps = List.of(
        new CallEstimate(KgPrompts.STAGE, prompts1, true, promptTokens, prompts1 * kg.maxTokens()));
    if (kg.replyRetries() > 0) {
      // Resamples only follow a reply without a usable pair: a bound, listed apart from the exact prompts.
      steps = List.of(steps.get(0), new CallEstimate(KgPrompts.STAGE + " (resamples)", calls - prompts1, false,
          promptTokens * kg.replyRetries(), (calls - prompts1) * kg.maxTokens()));
    }
    return new StageEstimate(Stage.SELF_KG, groups.size(), "entities", steps, notes);
  }

  /** Facts by entity (the head), each entity's facts in {@link Triple#ORDER}, as the pipeline groups them. */
  static List<FactGroup> groups(List<Triple> facts, int hops) {
    Map<String, List<Triple>> own = new TreeMap<>();
    facts.forEach(t -> own.computeIfAbsent(t.head(), h -> new ArrayList<>()).add(t));
    own.values().forEach(list -> list.sort(Triple.ORDER));
    List<FactGroup> out = new ArrayList<>();
    for (Map.Entry<String, List<Triple>> e : own.entrySet()) {
      List<Triple> second = List.of();
      if (hops == 2) {
        Set<String> seen = new HashSet<>();
        e.getValue().forEach(t -> seen.add(t.id()));
        Map<String, Triple> more = new LinkedHashMap<>();
        for (Triple t : e.getValue()) {
          if (!t.tail().equals(t.head()) && own.containsKey(t.tail())) {
            own.get(t.tail()).stream().filter(f -> !seen.contains(f.id())).forEach(f -> more.putIfAbsent(f.id(), f));
          }
        }
        List<Triple> sorted = new ArrayList<>(more.values());
        sorted.sort(SECOND_HOP_ORDER);
        second = sorted;
      }
      out.add(new FactGroup(e.getKey(), e.getValue(), second));
    }
    return out;
  }
}
