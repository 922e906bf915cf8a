package io.instruct4j.selfkg.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the {@code {head}}, {@code {relation}}, {@code {tails}} placeholders of relation templates. */
public final class TemplateText {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private TemplateText() {}

  /** The placeholder names used in {@code template}, in order of first use. */
  static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  static String render(String template, String language, String head, String relation, List<String> tails) {
    // One pass, so a name that itself contains "{tails}" is never substituted again.
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = switch (m.group(1)) {
        case "head" -> head;
        case "relation" -> relation;
        case "tails" -> join(tails, language);
        default -> m.group();
      };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    String text = out.toString();
    return language.equals("zh") ? text : capitalize(text);
  }

  /** {@code a, b and c} in English, {@code a、b和c} in Chinese. */
  public static String join(List<String> items, String language) {
    boolean zh = language.equals("zh");
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    String last = items.get(items.size() - 1);
    String rest = String.join(zh ? "、" : ", ", items.subList(0, items.size() - 1));
    return rest + (zh ? "和" : " and ") + last;
  }

  /** English sentences start with a capital even when the entity name is lower case. */
  private static String capitalize(String text) {
    if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
