package io.instruct4j.selfkg.validate;

import io.instruct4j.selfkg.kg.Triple;
import io.instruct4j.selfkg.template.RelationTemplates;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a question–answer pair is grounded in the facts it was made from (F: the facts in
 * the prompt, or the entity's facts for a template question). Two rules, in this order:
 *
 * <ol>
 *   <li>{@value #UNSUPPORTED}: neither the question nor the answer may mention a knowledge-graph
 *       name (any head or tail in the whole graph) that is not a head or tail of F. This is the
 *       lexical check that the pair asserts no relation absent from the facts.
 *   <li>{@value #MISSING}: the answer must mention the tails of the facts the question asks
 *       about, T. For a template question T is the facts it was built from. For an LLM question,
 *       among the facts of F whose head the question names (all of F when it names none), T is
 *       those whose tail the question names; if none, those whose relation it names (the relation
 *       itself or a keyword of its template, e.g. "symptom" / "症状"); if none, all of them. Mode
 *       {@code any}: at least one tail of T; mode {@code all}: every tail of T.
 * </ol>
 *
 * The facts an LLM example lists in its provenance are those of F whose tail the answer mentions,
 * plus those of T whose tail the question mentions; a template example lists the facts it was
 * built from.
 */
public final class QaValidator implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Filter name: the answer leaves out the facts asked about. */
  public static final String MISSING = "answer_missing_facts";
  /** Filter name: the pair names a graph entity that is not among the facts. */
  public static final String UNSUPPORTED = "unsupported_entity";

  private final RelationTemplates templates;
  private final boolean requireAll;

  /**
   * @param templates supply each relation's keywords
   * @param mode {@code any} or {@code all}
   */
  public QaValidator(RelationTemplates templates, String mode) {
    this.templates = Objects.requireNonNull(templates, "templates");
    if (!mode.equals("any") && !mode.equals("all")) {
      throw new IllegalArgumentException("answer_must_mention must be any or all, got '" + mode + "'");
    }
    this.requireAll = mode.equals("all");
  }

  /**
   * @param facts F, the facts the pair was made from
   * @param asked ids of the facts a template question was built on; empty for LLM pairs
   * @param names the whole graph's names
   */
  public Verdict check(String question, String answer, List<Triple> facts, List<String> asked, NameMatcher names) {
    Set<String> connected = new LinkedHashSet<>();
    for (Triple f : facts) {
      connected.add(NameMatcher.key(f.head()));
      connected.add(NameMatcher.key(f.tail()));
    }
    List<Triple> target = asked.isEmpty() ? askedAbout(question, facts, names)
        : facts.stream().filter(f -> asked.contains(f.id())).toList();
    List<String> targetIds = target.stream().map(Triple::id).toList();
    Set<String> foreign = new TreeSet<>(names.find(question + "\n" + answer));
    foreign.removeAll(connected);
    if (!foreign.isEmpty()) {
      return Verdict.fail(UNSUPPORTED, "mentions " + quoted(foreign) + ", knowledge-graph "
          + (foreign.size() == 1 ? "entity" : "entities") + " not among the " + facts.size() + " facts it was made from",
          targetIds);
    }
    Set<String> expected = new LinkedHashSet<>();
    target.forEach(f -> expected.add(f.tail()));
    List<String> missing = new ArrayList<>();
    for (String tail : expected) {
      if (!names.mentions(answer, tail)) {
        missing.add(tail);
      }
    }
    boolean ok = requireAll ? missing.isEmpty() : missing.size() < expected.size();
    if (!ok) {
      String which = requireAll && missing.size() < expected.size()
          ? "leaves out " + quoted(missing) + " of the " + expected.size() + " facts asked about"
          : "mentions none of " + quoted(expected) + ", the facts asked about";
      return Verdict.fail(MISSING, "the answer " + which, targetIds);
    }
    return Verdict.pass(asked.isEmpty() ? used(question, answer, facts, target, names) : targetIds);
  }

  /** T for an LLM question (see the class comment). */
  List<Triple> askedAbout(String question, List<Triple> facts, NameMatcher names) {
    List<Triple> about = facts.stream().filter(f -> names.mentions(question, f.head())).toList();
    if (about.isEmpty()) {
      about = facts;
    }
    List<Triple> byTail = about.stream().filter(f -> names.mentions(question, f.tail())).toList();
    if (!byTail.isEmpty()) {
      return byTail;
    }
    String q = TextFold.fold(question);
    List<Triple> byRelation = about.stream().filter(f -> namesRelation(q, f.relation())).toList();
    return byRelation.isEmpty() ? about : byRelation;
  }

  private boolean namesRelation(String foldedQuestion, String relation) {
    if (foldedQuestion.contains(TextFold.fold(relation))) {
      return true;
    }
    if (!templates.covers(relation)) {
      return false;
    }
    return templates.forRelation(relation).keywords().stream()
        .anyMatch(k -> foldedQuestion.contains(TextFold.fold(k)));
  }

  private static List<String> used(String question, String answer, List<Triple> facts, List<Triple> target,
      NameMatcher names) {
    Set<String> ids = new LinkedHashSet<>();
    for (Triple f : facts) {
      if (names.mentions(answer, f.tail()) || (target.contains(f) && names.mentions(question, f.tail()))) {
        ids.add(f.id());
      }
    }
    return new ArrayList<>(ids);
  }

  private static String quoted(java.util.Collection<String> names) {
    List<String> few = NameMatcher.firstFew(names, 5);
    StringBuilder b = new StringBuilder();
    for (String n : few) {
      b.append(b.length() == 0 ? "" : ", ").append('\'').append(n).append('\'');
    }
    return names.size() > few.size() ? b + " and " + (names.size() - few.size()) + " more" : b.toString();
  }
}
