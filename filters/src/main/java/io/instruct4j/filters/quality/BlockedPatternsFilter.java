package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rejects an example when a blocked Java regular expression is found anywhere in one of the
 * chosen fields. Patterns are compiled once, at construction, exactly as written: matching is
 * case-sensitive unless the pattern says {@code (?i)}.
 */
final class BlockedPatternsFilter implements QualityFilter {

  private static final long serialVersionUID = 1L;

  /** Longest matched text quoted in a reason; a runaway {@code .*} must not copy the whole output. */
  static final int MAX_QUOTED = 60;

  private final List<Pattern> patterns;
  private final EnumSet<ExampleField> fields;

  BlockedPatternsFilter(List<String> regexes, Collection<ExampleField> fields) {
    String setting = Settings.key("blocklist", "regex");
    if (regexes == null || regexes.isEmpty()) {
      throw new IllegalArgumentException(setting + " must not be empty");
    }
    this.fields = Settings.fields(Settings.key("blocklist", "fields"), fields);
    this.patterns = new ArrayList<>(regexes.size());
    for (int i = 0; i < regexes.size(); i++) {
      String regex = regexes.get(i);
      if (regex == null || regex.isEmpty()) {
        throw new IllegalArgumentException(setting + "[" + i + "] must not be empty");
      }
      try {
        patterns.add(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(setting + "[" + i + "] is not a valid regular expression: '"
            + regex + "' (" + e.getDescription() + " near index " + e.getIndex() + ")", e);
      }
    }
  }

  @Override
  public String name() {
    return "blocklist_regex";
  }

  @Override
  public Optional<String> reject(Example example) {
    for (ExampleField field : fields) {
      String text = field.of(example);
      for (Pattern pattern : patterns) {
        Matcher matcher = pattern.matcher(text);
        if (matcher.find()) {
          return Optional.of(field.key() + " matches blocked pattern '" + pattern.pattern()
              + "' at '" + quote(matcher.group()) + "'");
        }
      }
    }
    return Optional.empty();
  }

  private static String quote(String matched) {
    if (matched.codePointCount(0, matched.length()) <= MAX_QUOTED) {
      return matched;
    }
    return matched.substring(0, matched.offsetByCodePoints(0, MAX_QUOTED)) + "…";
  }

  @Override
  public String toString() {
    return name() + fields + patterns;
  }
}
