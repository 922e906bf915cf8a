package io.instruct4j.selfinstruct.filter;

import java.util.Objects;
import java.util.Optional;

/**
 * Rejects instructions that are too short or too long (the paper keeps 4 to 150 words).
 *
 * <p>How length is measured depends on the language, because whitespace words do not exist in
 * Chinese:
 * <ul>
 *   <li>{@code en}: whitespace-separated tokens, exactly as the reference's {@code len(inst.split())};
 *       defaults 4..150 ("<= 3 or > 150" rejected).
 *   <li>{@code zh}: each CJK character (Han, kana, Hangul) counts one, each run of other letters
 *       or digits ("Python", "2024") counts one, punctuation and spaces count nothing; the unit
 *       is called "characters" in reasons. Defaults 6..300: a Chinese character carries roughly
 *       half an English word, so 6 matches the English floor of 4 words ("写一首诗" and
 *       "翻译这句话" are rejected like "Write a poem" and "Translate this sentence";
 *       "写一首关于秋天的诗" passes), and 300 matches the ceiling of 150 words.
 * </ul>
 */
public final class LengthFilter implements InstructionFilter {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "length";

  private final String language;
  private final int min;
  private final int max;

  /**
   * @param language {@code en} or {@code zh}, which selects the unit
   * @param min fewest units an instruction may have
   * @param max most units an instruction may have
   */
  public LengthFilter(String language, int min, int max) {
    this.language = requireLanguage(language);
    if (min < 1) {
      throw new IllegalArgumentException("minimum length must be at least 1, got " + min);
    }
    if (max < min) {
      throw new IllegalArgumentException("maximum length " + max + " is below the minimum " + min);
    }
    this.min = min;
    this.max = max;
  }

  /** The paper's bounds in {@code language}: en 4..150 words, zh 6..300 characters. */
  public static LengthFilter defaults(String language) {
    return new LengthFilter(language, defaultMin(language), defaultMax(language));
  }

  public static int defaultMin(String language) {
    return requireLanguage(language).equals("zh") ? 6 : 4;
  }

  public static int defaultMax(String language) {
    return requireLanguage(language).equals("zh") ? 300 : 150;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> reject(String instruction) {
    int n = count(instruction);
    String unit = language.equals("zh") ? "characters" : "words";
    if (n < min) {
      return Optional.of("too short: " + n + " " + unit + " (minimum " + min + ")");
    }
    if (n > max) {
      return Optional.of("too long: " + n + " " + unit + " (maximum " + max + ")");
    }
    return Optional.empty();
  }

  /** The length of {@code text} in this filter's unit. */
  public int count(String text) {
    Objects.requireNonNull(text, "instruction");
    return language.equals("zh") ? cjkUnits(text) : whitespaceTokens(text);
  }

  private static int whitespaceTokens(String text) {
    String s = text.strip();
    return s.isEmpty() ? 0 : s.split("[\\s\\u00A0\\u3000]+").length;
  }

  private static int cjkUnits(String text) {
    int count = 0;
    boolean inRun = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Characters.isCjk(cp)) {
        count++;
        inRun = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inRun) {
          count++;
        }
        inRun = true;
      } else {
        inRun = false;
      }
    }
    return count;
  }

  static String requireLanguage(String language) {
    if (!"en".equals(language) && !"zh".equals(language)) {
      throw new IllegalArgumentException("instruction filters support languages en and zh, got '" + language + "'");
    }
    return language;
  }
}
