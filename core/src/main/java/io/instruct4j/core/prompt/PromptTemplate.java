package io.instruct4j.core.prompt;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned prompt with named {@code {{variables}}}, loaded from a classpath resource whose
 * first line is {@code # version: N} (stripped at load). The id and version go into every
 * example's provenance, so a changed prompt is visible in the data it produced.
 */
public final class PromptTemplate implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern VERSION_LINE = Pattern.compile("#\\s*version:\\s*(\\S+)\\s*");
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)}}");

  private final String id;
  private final String version;
  private final String language;
  private final String resource;
  private final String body;
  private final Set<String> variables;

  private PromptTemplate(String id, String version, String language, String resource, String body) {
    this.id = id;
    this.version = version;
    this.language = language;
    this.resource = resource;
    this.body = body;
    this.variables = Collections.unmodifiableSet(scanVariables(resource, body));
  }

  /**
   * Parses a template file's text.
   *
   * @param id the template id, e.g. {@code self-instruct/bootstrap}
   * @param language the language the template is written in
   * @param resource where the text came from, named in every error
   * @param text the whole file: a {@code # version: N} line, then the body
   */
  public static PromptTemplate parse(String id, String language, String resource, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text of " + resource);
    String normalized = text.replace("\r\n", "\n");
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    int newline = normalized.indexOf('\n');
    String first = newline < 0 ? normalized : normalized.substring(0, newline);
    Matcher version = VERSION_LINE.matcher(first);
    if (!version.matches()) {
      throw new IllegalArgumentException(resource + " line 1: expected '# version: N', got '" + first + "'");
    }
    String body = newline < 0 ? "" : normalized.substring(newline + 1).strip();
    if (body.isEmpty()) {
      throw new IllegalArgumentException(resource + ": the template body is empty");
    }
    return new PromptTemplate(id, version.group(1), language, resource, body);
  }

  private static Set<String> scanVariables(String resource, String body) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(body);
    while (m.find()) {
      names.add(m.group(1));
    }
    // Anything left that still looks like a placeholder is a typo such as {{ name }} or {{Name}}.
    String rest = VARIABLE.matcher(body).replaceAll("");
    int bad = rest.indexOf("{{");
    if (bad >= 0 || rest.contains("}}")) {
      int at = bad >= 0 ? bad : rest.indexOf("}}");
      String near = rest.substring(at, Math.min(rest.length(), at + 30));
      throw new IllegalArgumentException(resource + ": malformed placeholder near '" + near
          + "' (write {{lower_snake_case}})");
    }
    return names;
  }

  /**
   * Fills in the variables. Every variable of the template must be given and nothing else, so a
   * misspelt key fails here instead of sending a prompt with a hole in it.
   */
  public String render(Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    Set<String> missing = new TreeSet<>(variables);
    missing.removeAll(values.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("prompt " + resource + " needs variable(s) " + missing
          + " but got only " + new TreeSet<>(values.keySet()));
    }
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(variables);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("prompt " + resource + " has no variable(s) " + unknown
          + "; its variables are " + new TreeSet<>(variables));
    }
    Matcher m = VARIABLE.matcher(body);
    StringBuilder out = new StringBuilder(body.length() + 256);
    while (m.find()) {
      Object value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("prompt " + resource + ": variable '" + m.group(1) + "' is null");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String language() {
    return language;
  }

  /** The classpath resource the template came from. */
  public String resource() {
    return resource;
  }

  /** The body with its placeholders, as loaded. */
  public String body() {
    return body;
  }

  /** The variable names in order of first appearance. */
  public Set<String> variables() {
    return variables;
  }

  @Override
  public String toString() {
    return id + "@" + version + " (" + language + ")";
  }
}
