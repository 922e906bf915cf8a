package io.instruct4j.selfkg.kg;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Names RDF nodes. A node with {@code rdfs:label}s is named by the best label: one in the preferred
 * language (exact tag, then a sub-tag such as {@code zh-Hans} for {@code zh}), then an untagged
 * label, then English, then any other, ties broken by text so the choice never depends on order.
 * An IRI without a label is named by its local name, percent-decoded, {@code _} as a space; a
 * predicate's local name is also split at camel case ({@code hasSymptom} → {@code has symptom}).
 */
final class RdfNames {

  private final String language;
  private final Map<Node, List<Node>> labels;

  RdfNames(String language, Map<Node, List<Node>> labels) {
    this.language = language.toLowerCase(Locale.ROOT);
    this.labels = labels;
  }

  /** The entity's name, or null for a blank node without a label. */
  String entity(Node node) {
    String label = label(node);
    if (label != null) {
      return label;
    }
    return node.isURI() ? Names.clean(localName(node.getURI())) : null;
  }

  /** The relation's name. */
  String relation(Node predicate) {
    String label = label(predicate);
    if (label != null) {
      return label;
    }
    String local = localName(predicate.getURI()).replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
    return Names.clean(local.toLowerCase(Locale.ROOT).equals(local) ? local : lowerCamel(local));
  }

  private String label(Node node) {
    List<Node> candidates = labels.get(node);
    if (candidates == null) {
      return null;
    }
    return candidates.stream()
        .filter(l -> !Names.clean(l.getLiteralLexicalForm()).isEmpty())
        .min(Comparator.<Node>comparingInt(l -> rank(l.getLiteralLanguage()))
            .thenComparing(l -> l.getLiteralLanguage())
            .thenComparing(Node::getLiteralLexicalForm))
        .map(l -> Names.clean(l.getLiteralLexicalForm()))
        .orElse(null);
  }

  private int rank(String tag) {
    String lang = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
    if (lang.equals(language)) {
      return 0;
    }
    if (sameLanguage(lang, language)) {
      return 1;
    }
    if (lang.isEmpty()) {
      return 2;
    }
    return lang.equals("en") ? 3 : 4;
  }

  /** Whether {@code tag} is {@code language} or one of its sub-tags ({@code zh-CN} for {@code zh}). */
  static boolean sameLanguage(String tag, String language) {
    String t = tag.toLowerCase(Locale.ROOT);
    String l = language.toLowerCase(Locale.ROOT);
    return t.equals(l) || t.startsWith(l + "-");
  }

  static String localName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    if (cut < 0 || cut == iri.length() - 1) {
      cut = iri.lastIndexOf(':');
    }
    String local = iri.substring(cut + 1);
    try {
      local = URLDecoder.decode(local.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // not valid percent-encoding: keep the text as written
    }
    return local.replace('_', ' ');
  }

  /** "has Symptom" → "has symptom", but an acronym such as "HIV" stays as written. */
  private static String lowerCamel(String words) {
    StringBuilder out = new StringBuilder();
    for (String w : words.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean acronym = w.length() > 1 && w.chars().allMatch(c -> !Character.isLowerCase(c));
      out.append(acronym ? w : w.substring(0, 1).toLowerCase(Locale.ROOT) + w.substring(1));
    }
    return out.toString();
  }
}
