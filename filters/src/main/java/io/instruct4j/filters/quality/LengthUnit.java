package io.instruct4j.filters.quality;

import java.util.function.ToIntFunction;

/**
 * How a length is measured. Use {@link #TOKENS} for Chinese or mixed data: Chinese has no spaces,
 * so a whole Chinese sentence is one {@link #WORDS word}.
 */
public enum LengthUnit {
  /** Maximal runs of non-whitespace, as {@code wc -w} counts them. */
  WORDS("words", "word", "words", Texts::words),
  /** Unicode code points after trimming surrounding whitespace; an emoji is one character. */
  CHARACTERS("chars", "character", "characters", Texts::characters),
  /** CJK-aware tokens: each Chinese/Japanese/Korean character is one, each run of other letters and digits is one; punctuation is none. */
  TOKENS("tokens", "token", "tokens", text -> Texts.tokens(text).size());

  private final String configSuffix;
  private final String singular;
  private final String plural;
  private final ToIntFunction<String> measure;

  LengthUnit(String configSuffix, String singular, String plural, ToIntFunction<String> measure) {
    this.configSuffix = configSuffix;
    this.singular = singular;
    this.plural = plural;
    this.measure = measure;
  }

  /** The suffix of the config keys, as in {@code min_words}, {@code max_chars}, {@code min_tokens}. */
  public String configSuffix() {
    return configSuffix;
  }

  /** The length of {@code text} in this unit. */
  public int measure(String text) {
    return measure.applyAsInt(text);
  }

  /** {@code "1 word"}, {@code "3 tokens"}. */
  String describe(int count) {
    return Texts.count(count, singular, plural);
  }
}
