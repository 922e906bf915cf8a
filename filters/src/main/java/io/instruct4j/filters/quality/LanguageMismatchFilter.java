package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rejects an answer written in the wrong script, e.g. an English answer to a Chinese instruction.
 * Scripts are measured by {@link ScriptProfile} ({@code zh} = Han majority, {@code en} = Latin
 * majority, so "en" really means "Latin script"); a text with fewer than {@code minTokens}
 * counted tokens, or with no majority script, is never judged.
 *
 * <ul>
 *   <li>{@code auto}: the output's script must match the instruction's;
 *   <li>{@code en} / {@code zh}: the instruction and the output must both be in that script.
 * </ul>
 *
 * <p>The input is never judged (it may be any text to work on), and the output is not judged
 * when the instruction mentions translation or a language ({@link #LANGUAGE_CUES}): "翻译成英文"
 * and "Answer in Chinese" legitimately change the script.
 */
final class LanguageMismatchFilter implements QualityFilter {

  private static final long serialVersionUID = 1L;

  /** Lower-case substrings of an instruction that announce a change of language. */
  static final List<String> LANGUAGE_CUES = List.of(
      "translat", "english", "chinese", "mandarin", "cantonese", "pinyin",
      "译", "英文", "英语", "中文", "汉语", "拼音");

  private final String expected;
  private final int minTokens;

  LanguageMismatchFilter(String expected, int minTokens) {
    if (!"auto".equals(expected) && !"en".equals(expected) && !"zh".equals(expected)) {
      throw new IllegalArgumentException(Settings.key("language", "expected")
          + " must be auto, en or zh, got " + (expected == null ? "null" : "'" + expected + "'"));
    }
    this.expected = expected;
    this.minTokens = Settings.atLeast(Settings.key("language", "min_tokens"), minTokens, 1);
  }

  @Override
  public String name() {
    return "language_mismatch";
  }

  @Override
  public Optional<String> reject(Example example) {
    String instruction = example.instruction();
    String target = expected;
    String targetLabel = "expected " + expected;
    if ("auto".equals(expected)) {
      target = judge(ScriptProfile.of(instruction));
      targetLabel = "instruction script " + target;
    } else {
      ScriptProfile profile = ScriptProfile.of(instruction);
      String script = judge(profile);
      if (script != null && !script.equals(expected)) {
        return Optional.of(mismatch("instruction", script, profile, targetLabel));
      }
    }
    if (target == null || mentionsLanguage(instruction)) {
      return Optional.empty();
    }
    ScriptProfile profile = ScriptProfile.of(example.output());
    String script = judge(profile);
    if (script != null && !script.equals(target)) {
      return Optional.of(mismatch("output", script, profile, targetLabel));
    }
    return Optional.empty();
  }

  private String judge(ScriptProfile profile) {
    return profile.total() < minTokens ? null : profile.dominant();
  }

  private static String mismatch(String field, String script, ScriptProfile profile, String target) {
    return field + " script " + script + " (" + profile.describe() + ") differs from " + target;
  }

  static boolean mentionsLanguage(String instruction) {
    String lower = instruction.toLowerCase(Locale.ROOT);
    return LANGUAGE_CUES.stream().anyMatch(lower::contains);
  }

  @Override
  public String toString() {
    return name() + "[expected=" + expected + ", min_tokens=" + minTokens + "]";
  }
}
