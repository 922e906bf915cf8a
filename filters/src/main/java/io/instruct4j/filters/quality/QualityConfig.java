package io.instruct4j.filters.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;
import java.util.List;

/**
 * The {@code curate.quality} config section, mapped strictly (an unknown key fails). Plain data:
 * {@link QualityFilters#fromConfig(QualityConfig)} checks the values and names the bad setting.
 * A missing section turns its filter off, except the four safe ones (see {@link QualityFilters}).
 *
 * <pre>{@code
 * quality:
 *   instruction_length: {min_tokens: 3, max_tokens: 300}
 *   input_length: {max_tokens: 2000}
 *   output_length: {min_tokens: 1, max_tokens: 4000}
 *   blocklist: {words: ["as an ai language model", 作为一个人工智能], regex: ["(?i)^sorry"], fields: [output]}
 *   empty_output: true                # default true
 *   output_equals_input: true         # default true
 *   output_equals_instruction: true   # default true
 *   truncated_output: true            # default true
 *   repeated_ngrams: {n: 3, max_ratio: 0.3}
 *   symbol_ratio: {max_ratio: 0.2}
 *   language: {expected: auto, min_tokens: 3}
 * }</pre>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = false)
public record QualityConfig(
    LengthBounds instructionLength,
    LengthBounds inputLength,
    LengthBounds outputLength,
    Blocklist blocklist,
    Boolean emptyOutput,
    Boolean outputEqualsInput,
    Boolean outputEqualsInstruction,
    Boolean truncatedOutput,
    RepeatedNgrams repeatedNgrams,
    SymbolRatio symbolRatio,
    Language language)
    implements Serializable {

  /** Every section absent: only the safe defaults run. */
  public static QualityConfig defaults() {
    return new QualityConfig(null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Length bounds of one field; every bound is optional, but a section must set at least one.
   * Several units may be combined; each becomes its own filter.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record LengthBounds(
      Integer minWords, Integer maxWords,
      Integer minChars, Integer maxChars,
      Integer minTokens, Integer maxTokens)
      implements Serializable {

    public static LengthBounds tokens(Integer min, Integer max) {
      return new LengthBounds(null, null, null, null, min, max);
    }
  }

  /**
   * Blocked words/phrases and regular expressions.
   *
   * @param words matched case-insensitively on word boundaries (CJK entries as substrings)
   * @param regex Java regular expressions, found anywhere, case-sensitive unless {@code (?i)}
   * @param fields the fields searched; default all three
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record Blocklist(List<String> words, List<String> regex, List<ExampleField> fields)
      implements Serializable {}

  /**
   * @param n the n-gram size, default 3
   * @param maxRatio the highest accepted repeated n-gram ratio, default 0.3
   * @param fields the fields measured; default output only
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record RepeatedNgrams(Integer n, Double maxRatio, List<ExampleField> fields)
      implements Serializable {}

  /**
   * @param maxRatio the highest accepted symbols-per-letter-or-digit ratio (>= 0, may exceed 1), default 0.2
   * @param fields the fields measured; default output only
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record SymbolRatio(Double maxRatio, List<ExampleField> fields) implements Serializable {}

  /**
   * @param expected {@code auto} (follow the instruction's script, the default), {@code en} or {@code zh}
   * @param minTokens texts with fewer Han characters + words are not judged, default 3
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record Language(String expected, Integer minTokens) implements Serializable {}
}
