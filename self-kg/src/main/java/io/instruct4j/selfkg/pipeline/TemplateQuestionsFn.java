package io.instruct4j.selfkg.pipeline;

import io.instruct4j.selfkg.kg.Triple;
import io.instruct4j.selfkg.template.RelationTemplate;
import io.instruct4j.selfkg.template.RelationTemplates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * One template question per (entity, relation), no LLM: the relation's question about the entity,
 * answered by its template listing every tail of that relation, sorted.
 */
final class TemplateQuestionsFn extends DoFn<FactGroup, Candidate> {

  private final RelationTemplates templates;

  TemplateQuestionsFn(RelationTemplates templates) {
    this.templates = templates;
  }

  @ProcessElement
  public void process(@Element FactGroup group, OutputReceiver<Candidate> out) {
    for (Candidate c : candidates(group, templates)) {
      SelfKgCounters.inc(SelfKgCounters.TEMPLATE_QUESTIONS, 1);
      out.output(c);
    }
  }

  /** The template candidates of one entity, one per relation in relation order. */
  static List<Candidate> candidates(FactGroup group, RelationTemplates templates) {
    Map<String, List<Triple>> byRelation = new LinkedHashMap<>();
    for (Triple t : group.facts()) { // sorted by relation, then tail
      byRelation.computeIfAbsent(t.relation(), r -> new ArrayList<>()).add(t);
    }
    List<Candidate> out = new ArrayList<>();
    byRelation.forEach((relation, facts) -> {
      RelationTemplate template = templates.forRelation(relation);
      List<String> tails = facts.stream().map(Triple::tail).toList();
      out.add(new Candidate(template.question(group.entity(), relation),
          template.answer(group.entity(), relation, tails), group.entity(), group.facts(),
          facts.stream().map(Triple::id).toList(), null, template.templateId(), template.version(), null,
          "entity " + group.entity() + ", relation " + relation));
    });
    return out;
  }
}
