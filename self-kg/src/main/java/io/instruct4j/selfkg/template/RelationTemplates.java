package io.instruct4j.selfkg.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The relation templates of one language: the built-in ones, overridden per relation key by a
 * user file and then by inline config. Every template is checked when loaded (placeholders, an
 * answer with {@code {tails}}, no alias claimed twice), so a typo fails before any data is read.
 */
public final class RelationTemplates implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The built-in templates on the classpath. */
  public static final String BUILT_IN = "self-kg/relation-templates.yaml";
  /** The key of the template used for relations no other template covers. */
  public static final String FALLBACK = "*";

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final Set<String> QUESTION_VARS = Set.of("head", "relation");
  private static final Set<String> ANSWER_VARS = Set.of("head", "relation", "tails");

  private final String language;
  private final Map<String, RelationTemplate> byName;
  private final RelationTemplate fallback;

  private RelationTemplates(String language, Map<String, RelationTemplate> byName, RelationTemplate fallback) {
    this.language = language;
    this.byName = byName;
    this.fallback = fallback;
  }

  /**
   * Loads the templates of {@code language}.
   *
   * @param file a YAML template file (self_kg.templates_file), or null
   * @param inline templates from self_kg.templates, possibly empty
   */
  public static RelationTemplates load(String language, Path file, Map<String, RelationTemplateSpec> inline) {
    if (!language.equals("en") && !language.equals("zh")) {
      throw new IllegalArgumentException("relation templates exist for en and zh, not '" + language + "'");
    }
    Map<String, Source> specs = new LinkedHashMap<>();
    TemplateFileSpec builtIn = builtIn();
    builtIn.relations().forEach((k, v) -> specs.put(k, new Source(v, "built-in " + BUILT_IN, builtIn.version())));
    if (file != null) {
      TemplateFileSpec user = readFile(file);
      String version = user.version() == null ? "0" : user.version();
      user.relations().forEach((k, v) -> specs.put(k, new Source(v, file.toString(), version)));
    }
    inline.forEach((k, v) -> specs.put(k, new Source(v, "self_kg.templates", "config")));
    return compile(language, specs);
  }

  private record Source(RelationTemplateSpec spec, String origin, String version) {}

  private static RelationTemplates compile(String language, Map<String, Source> specs) {
    Map<String, RelationTemplate> byName = new TreeMap<>();
    Map<String, String> claimedBy = new TreeMap<>();
    RelationTemplate fallback = null;
    for (Map.Entry<String, Source> e : specs.entrySet()) {
      String key = e.getKey();
      Source src = e.getValue();
      if (src.spec() == null) {
        throw new IllegalArgumentException(src.origin() + ": relation '" + key + "' has no template");
      }
      LanguageTemplateSpec wording = src.spec().forLanguage(language);
      if (wording == null) {
        if (key.equals(FALLBACK)) {
          throw new IllegalArgumentException(src.origin() + ": the fallback template '*' needs a '" + language + "' wording");
        }
        continue; // this relation is only templated in the other language: the fallback covers it
      }
      RelationTemplate t = check(key, language, wording, src);
      if (key.equals(FALLBACK)) {
        fallback = t;
        continue;
      }
      List<String> names = new ArrayList<>(src.spec().aliases());
      names.add(0, key);
      for (String name : names) {
        String norm = normalize(name);
        String other = claimedBy.putIfAbsent(norm, key);
        if (other != null && !other.equals(key)) {
          throw new IllegalArgumentException(src.origin() + ": relation name '" + name + "' of template '" + key
              + "' is already covered by template '" + other + "'; remove it from one of the two");
        }
        byName.put(norm, t);
      }
    }
    if (fallback == null) {
      throw new IllegalArgumentException("no fallback template '*' for language " + language);
    }
    return new RelationTemplates(language, byName, fallback);
  }

  private static RelationTemplate check(String key, String language, LanguageTemplateSpec w, Source src) {
    String where = src.origin() + ": template '" + key + "' (" + language + ")";
    if (w.questions().isEmpty()) {
      throw new IllegalArgumentException(where + " has no questions");
    }
    for (String q : w.questions()) {
      if (q == null || q.isBlank() || !q.contains("{head}")) {
        throw new IllegalArgumentException(where + ": question '" + q + "' must contain {head}");
      }
      requireVars(where, q, QUESTION_VARS);
    }
    if (w.answer() == null || !w.answer().contains("{tails}")) {
      throw new IllegalArgumentException(where + ": answer '" + w.answer() + "' must contain {tails}");
    }
    requireVars(where, w.answer(), ANSWER_VARS);
    return new RelationTemplate(key, language, w.questions(), w.answer(), w.keywords(), src.origin(), src.version());
  }

  private static void requireVars(String where, String text, Set<String> allowed) {
    for (String name : TemplateText.placeholders(text)) {
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(where + ": unknown placeholder {" + name + "} in '" + text
            + "' (allowed: " + new java.util.TreeSet<>(allowed) + ")");
      }
    }
  }

  /** Relation names match ignoring case, spaces, {@code _} and {@code -}: has_symptom = hasSymptom. */
  public static String normalize(String relation) {
    return relation.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }

  /** The template for {@code relation}, or the fallback. */
  public RelationTemplate forRelation(String relation) {
    return byName.getOrDefault(normalize(relation), fallback);
  }

  /** Whether a template other than the fallback covers {@code relation}. */
  public boolean covers(String relation) {
    return byName.containsKey(normalize(relation));
  }

  public String language() {
    return language;
  }

  private static volatile TemplateFileSpec builtInCache;

  private static TemplateFileSpec builtIn() {
    TemplateFileSpec cached = builtInCache;
    if (cached == null) {
      cached = readBuiltIn();
      builtInCache = cached;
    }
    return cached;
  }

  private static TemplateFileSpec readBuiltIn() {
    try (InputStream in = RelationTemplates.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("resource " + BUILT_IN + " is missing from the classpath");
      }
      return YAML.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), TemplateFileSpec.class);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read built-in relation templates " + BUILT_IN + ": " + e.getMessage(), e);
    }
  }

  private static TemplateFileSpec readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("relation template file " + file.toAbsolutePath()
          + " does not exist (self_kg.templates_file)");
    }
    try {
      TemplateFileSpec spec = YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), TemplateFileSpec.class);
      if (spec == null) {
        throw new IllegalArgumentException(file + " is empty; expected 'version:' and 'relations:'");
      }
      return spec;
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IllegalArgumentException(file + (line > 0 ? ":" + line : "") + ": " + e.getOriginalMessage()
          + " (self_kg.templates_file)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
