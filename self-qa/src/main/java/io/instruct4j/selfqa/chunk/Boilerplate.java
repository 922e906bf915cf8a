package io.instruct4j.selfqa.chunk;

import java.util.regex.Pattern;

/**
 * Recognises lines that carry no knowledge: copyright notices, navigation menus and breadcrumbs,
 * "back to top" links, page counters, cookie notices. A paragraph made only of such lines is
 * skipped as boilerplate; one such line inside real text is left alone.
 */
public final class Boilerplate {

  private static final Pattern COPYRIGHT = Pattern.compile(
      "^(?:©|\\(c\\)\\s*\\d{4}|copyright\\b)|all rights reserved|版权所有|保留所有权利",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NAVIGATION = Pattern.compile(
      "^(?:skip to (?:main )?content|back to top|go to top|previous page|next page|page \\d+ of \\d+"
          + "|we use cookies|this (?:site|website) uses cookies"
          + "|返回顶部|回到顶部|跳到主要内容|跳转到内容|上一页|下一页|上一篇|下一篇|第\\s*\\d+\\s*页)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Menu separators: bars, middle dots, bullets and breadcrumb arrows. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[|·•›»>／]\\s*");
  /** A menu item: a few words of letters, no digits, no sentence punctuation. */
  private static final Pattern MENU_ITEM = Pattern.compile("[\\p{L}][\\p{L}\\p{M}&'’ -]{0,23}");

  private Boilerplate() {}

  /** Whether every non-blank line of the paragraph is boilerplate (and there is at least one). */
  public static boolean isBoilerplate(String paragraph) {
    boolean any = false;
    for (String line : paragraph.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (!isBoilerplateLine(line)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  public static boolean isBoilerplateLine(String line) {
    String text = line.strip().replaceFirst("^[-*+]\\s+", "");
    return COPYRIGHT.matcher(text).find() || NAVIGATION.matcher(text).find() || isMenu(text);
  }

  /** Three or more short items between separators: {@code Home | Products | Support}. */
  private static boolean isMenu(String text) {
    String[] items = SEPARATOR.split(text);
    if (items.length < 3) {
      return false;
    }
    for (String item : items) {
      String s = item.strip();
      if (!MENU_ITEM.matcher(s).matches() || s.split("\\s+").length > 3) {
        return false;
      }
    }
    return true;
  }
}
