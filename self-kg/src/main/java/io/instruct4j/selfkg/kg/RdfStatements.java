package io.instruct4j.selfkg.kg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * Turns parsed RDF statements into facts. Names come from {@code rdfs:label} where present (see
 * {@link RdfNames}), else from the IRI's local name. These statements describe the vocabulary and
 * are counted, not read as facts: labels, statements whose predicate is in the RDF, RDFS, OWL or
 * XSD namespace (other than {@code rdf:type}), {@code rdf:type} statements naming an RDF/RDFS/OWL
 * class, and statements about something used as a predicate. A literal tagged with another
 * language is a translation, skipped and counted, when the same subject and predicate also have a
 * literal in the preferred language (or untagged); when they have none, it is an
 * {@value #OTHER_LANGUAGE} reject. A blank node without a label cannot be named: a reject.
 */
final class RdfStatements {

  /** A statement and where it was read ({@code file:line} for N-Triples, the file otherwise). */
  record Statement(Triple triple, String source) {}

  static final String OTHER_LANGUAGE = "other_language";
  static final String UNNAMED_NODE = "unnamed_node";
  static final String EMPTY_VALUE = "empty_value";

  private static final Node LABEL = RDFS.label.asNode();
  private static final Node TYPE = RDF.type.asNode();
  private static final List<String> SCHEMA_NAMESPACES =
      List.of(RDF.getURI(), RDFS.getURI(), OWL.getURI(), XSD.getURI());

  private final String language;
  private final BadRows bad;

  RdfStatements(String language, BadRows bad) {
    this.language = language;
    this.bad = bad;
  }

  void extract(List<Statement> statements, TripleCollector out) {
    Map<Node, List<Node>> labels = new HashMap<>();
    Set<Node> predicates = new HashSet<>();
    for (Statement s : statements) {
      Triple t = s.triple();
      predicates.add(t.getPredicate());
      if (t.getPredicate().equals(LABEL) && t.getObject().isLiteral()) {
        labels.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject());
      }
    }
    Set<List<Node>> hasOwnLanguage = new HashSet<>();
    for (Statement s : statements) {
      Triple t = s.triple();
      if (t.getObject().isLiteral() && literal(t.getObject()) != null) {
        hasOwnLanguage.add(List.of(t.getSubject(), t.getPredicate()));
      }
    }
    RdfNames names = new RdfNames(language, labels);
    for (Statement s : statements) {
      Triple t = s.triple();
      if (isSchema(t, predicates)) {
        out.skippedStatement();
        continue;
      }
      String text = t.toString();
      String head = names.entity(t.getSubject());
      String tail = t.getObject().isLiteral() ? literal(t.getObject()) : names.entity(t.getObject());
      if (head == null || (tail == null && !t.getObject().isLiteral())) {
        bad.unusable(UNNAMED_NODE, s.source(), text,
            "a blank node without rdfs:label has no name to ask about; give it a label or an IRI");
        continue;
      }
      if (tail == null && hasOwnLanguage.contains(List.of(t.getSubject(), t.getPredicate()))) {
        out.skippedStatement(); // a translation of a literal that is kept
        continue;
      }
      if (tail == null) {
        bad.unusable(OTHER_LANGUAGE, s.source(), text, "literal in language '"
            + t.getObject().getLiteralLanguage() + "', not the preferred '" + language
            + "' (self_kg.label_language)");
        continue;
      }
      if (tail.isEmpty()) {
        bad.unusable(EMPTY_VALUE, s.source(), text, "the object is an empty literal");
        continue;
      }
      out.add(io.instruct4j.selfkg.kg.Triple.of(head, names.relation(t.getPredicate()), tail, s.source()));
    }
  }

  private static boolean isSchema(Triple t, Set<Node> predicates) {
    Node p = t.getPredicate();
    if (p.equals(TYPE)) {
      return inSchemaNamespace(t.getObject()) || predicates.contains(t.getSubject());
    }
    return inSchemaNamespace(p) || predicates.contains(t.getSubject());
  }

  private static boolean inSchemaNamespace(Node node) {
    if (!node.isURI()) {
      return false;
    }
    String uri = node.getURI();
    return SCHEMA_NAMESPACES.stream().anyMatch(uri::startsWith);
  }

  /** The literal's text, or null when it is tagged with another language. */
  private String literal(Node node) {
    String lang = node.getLiteralLanguage();
    if (lang != null && !lang.isEmpty() && !RdfNames.sameLanguage(lang, language)) {
      return null;
    }
    return Names.clean(node.getLiteralLexicalForm());
  }
}
