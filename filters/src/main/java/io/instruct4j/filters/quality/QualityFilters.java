package io.instruct4j.filters.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogue of quality filters, and the chain a {@link QualityConfig} describes.
 *
 * <p>{@link #fromConfig} runs the filters in this order (cheap and decisive first, so a reject is
 * counted under its most telling name): {@code empty_output}; {@code instruction_length},
 * {@code input_length}, {@code output_length} (words, then chars, then tokens);
 * {@code output_equals_input}; {@code output_equals_instruction}; {@code truncated_output};
 * {@code blocklist_words}; {@code blocklist_regex}; {@code repeated_ngrams};
 * {@code symbol_ratio}; {@code language_mismatch}.
 *
 * <p>Defaults: a missing section is off, except four checks that only reject examples no one
 * wants to train on and are therefore on unless set to {@code false}: {@code empty_output},
 * {@code output_equals_input}, {@code output_equals_instruction} and the conservative
 * {@code truncated_output}. Length bounds, blocklists and language are data-specific and have no
 * default. Inside a present section, missing keys take these defaults: {@code repeated_ngrams}
 * n 3, max_ratio 0.3, fields [output]; {@code symbol_ratio} max_ratio 0.2, fields [output];
 * {@code blocklist} fields [instruction, input, output]; {@code language} expected auto,
 * min_tokens 3. A present section that sets nothing to check (length bounds without a bound, a
 * blocklist without entries) is an error rather than a silent no-op.
 */
public final class QualityFilters {

  public static final int DEFAULT_NGRAM_N = 3;
  public static final double DEFAULT_MAX_NGRAM_RATIO = 0.3;
  public static final double DEFAULT_MAX_SYMBOL_RATIO = 0.2;
  public static final int DEFAULT_LANGUAGE_MIN_TOKENS = 3;

  private static final Set<ExampleField> ALL_FIELDS = EnumSet.allOf(ExampleField.class);
  private static final Set<ExampleField> OUTPUT_ONLY = EnumSet.of(ExampleField.OUTPUT);

  private QualityFilters() {}

  /** {@code <field>_length} bounds in {@code unit}; null means unbounded, but not both. */
  public static QualityFilter length(ExampleField field, LengthUnit unit, Integer min, Integer max) {
    return new LengthFilter(field, unit, min, max);
  }

  public static QualityFilter instructionLength(LengthUnit unit, Integer min, Integer max) {
    return length(ExampleField.INSTRUCTION, unit, min, max);
  }

  /** Input bounds; a blank input (a task that takes none) always passes. */
  public static QualityFilter inputLength(LengthUnit unit, Integer min, Integer max) {
    return length(ExampleField.INPUT, unit, min, max);
  }

  public static QualityFilter outputLength(LengthUnit unit, Integer min, Integer max) {
    return length(ExampleField.OUTPUT, unit, min, max);
  }

  /** Output bounds in CJK-aware {@link LengthUnit#TOKENS}. */
  public static QualityFilter outputLength(Integer min, Integer max) {
    return outputLength(LengthUnit.TOKENS, min, max);
  }

  /** Blocked words or phrases in the given fields (see the word-boundary rules on the filter). */
  public static QualityFilter blockedWords(List<String> words, Collection<ExampleField> fields) {
    return new BlockedWordsFilter(words, fields);
  }

  public static QualityFilter blockedWords(String... words) {
    return blockedWords(List.of(words), ALL_FIELDS);
  }

  /** Blocked Java regular expressions, found anywhere in the given fields. */
  public static QualityFilter blockedPatterns(List<String> regexes, Collection<ExampleField> fields) {
    return new BlockedPatternsFilter(regexes, fields);
  }

  public static QualityFilter emptyOutput() {
    return new EmptyOutputFilter();
  }

  public static QualityFilter outputEqualsInput() {
    return new OutputEqualsFilter(ExampleField.INPUT);
  }

  public static QualityFilter outputEqualsInstruction() {
    return new OutputEqualsFilter(ExampleField.INSTRUCTION);
  }

  public static QualityFilter truncatedOutput() {
    return new TruncatedOutputFilter();
  }

  public static QualityFilter repeatedNgrams(int n, double maxRatio, Collection<ExampleField> fields) {
    return new RepeatedNgramFilter(n, maxRatio, fields);
  }

  /** Repeated n-gram ratio of the output. */
  public static QualityFilter repeatedNgrams(int n, double maxRatio) {
    return repeatedNgrams(n, maxRatio, OUTPUT_ONLY);
  }

  public static QualityFilter symbolRatio(double maxRatio, Collection<ExampleField> fields) {
    return new SymbolRatioFilter(maxRatio, fields);
  }

  /** Symbol-to-text ratio of the output. */
  public static QualityFilter symbolRatio(double maxRatio) {
    return symbolRatio(maxRatio, OUTPUT_ONLY);
  }

  /** Script mismatch: {@code expected} is auto, en or zh; texts under {@code minTokens} are not judged. */
  public static QualityFilter languageMismatch(String expected, int minTokens) {
    return new LanguageMismatchFilter(expected, minTokens);
  }

  public static QualityFilter languageMismatch(String expected) {
    return languageMismatch(expected, DEFAULT_LANGUAGE_MIN_TOKENS);
  }

  /** The chain with every section absent: the four safe defaults. */
  public static QualityChain defaults() {
    return fromConfig(QualityConfig.defaults());
  }

  /** The chain the config describes, in the documented order; a bad value fails naming its setting. */
  public static QualityChain fromConfig(QualityConfig config) {
    QualityConfig c = config == null ? QualityConfig.defaults() : config;
    List<QualityFilter> chain = new ArrayList<>();
    if (on(c.emptyOutput())) {
      chain.add(emptyOutput());
    }
    addLengths(chain, ExampleField.INSTRUCTION, c.instructionLength());
    addLengths(chain, ExampleField.INPUT, c.inputLength());
    addLengths(chain, ExampleField.OUTPUT, c.outputLength());
    if (on(c.outputEqualsInput())) {
      chain.add(outputEqualsInput());
    }
    if (on(c.outputEqualsInstruction())) {
      chain.add(outputEqualsInstruction());
    }
    if (on(c.truncatedOutput())) {
      chain.add(truncatedOutput());
    }
    addBlocklist(chain, c.blocklist());
    if (c.repeatedNgrams() != null) {
      QualityConfig.RepeatedNgrams r = c.repeatedNgrams();
      chain.add(repeatedNgrams(or(r.n(), DEFAULT_NGRAM_N), or(r.maxRatio(), DEFAULT_MAX_NGRAM_RATIO),
          fields(r.fields(), OUTPUT_ONLY)));
    }
    if (c.symbolRatio() != null) {
      QualityConfig.SymbolRatio s = c.symbolRatio();
      chain.add(symbolRatio(or(s.maxRatio(), DEFAULT_MAX_SYMBOL_RATIO), fields(s.fields(), OUTPUT_ONLY)));
    }
    if (c.language() != null) {
      QualityConfig.Language l = c.language();
      chain.add(languageMismatch(or(l.expected(), "auto"), or(l.minTokens(), DEFAULT_LANGUAGE_MIN_TOKENS)));
    }
    return new QualityChain(chain);
  }

  private static void addLengths(List<QualityFilter> chain, ExampleField field, QualityConfig.LengthBounds b) {
    if (b == null) {
      return;
    }
    int before = chain.size();
    if (b.minWords() != null || b.maxWords() != null) {
      chain.add(length(field, LengthUnit.WORDS, b.minWords(), b.maxWords()));
    }
    if (b.minChars() != null || b.maxChars() != null) {
      chain.add(length(field, LengthUnit.CHARACTERS, b.minChars(), b.maxChars()));
    }
    if (b.minTokens() != null || b.maxTokens() != null) {
      chain.add(length(field, LengthUnit.TOKENS, b.minTokens(), b.maxTokens()));
    }
    if (chain.size() == before) {
      throw new IllegalArgumentException(Settings.PREFIX + field.key() + "_length sets no bound: give "
          + "min_/max_ words, chars or tokens, or remove the section");
    }
  }

  private static void addBlocklist(List<QualityFilter> chain, QualityConfig.Blocklist b) {
    if (b == null) {
      return;
    }
    boolean hasWords = b.words() != null && !b.words().isEmpty();
    boolean hasRegex = b.regex() != null && !b.regex().isEmpty();
    if (!hasWords && !hasRegex) {
      throw new IllegalArgumentException(
          Settings.PREFIX + "blocklist has no words and no regex: add entries or remove the section");
    }
    Collection<ExampleField> fields = fields(b.fields(), ALL_FIELDS);
    if (hasWords) {
      chain.add(blockedWords(b.words(), fields));
    }
    if (hasRegex) {
      chain.add(blockedPatterns(b.regex(), fields));
    }
  }

  /** The configured fields, or the fallback when the key is absent; the filter validates them and names the setting. */
  private static Collection<ExampleField> fields(List<ExampleField> configured, Set<ExampleField> fallback) {
    return configured == null ? fallback : configured;
  }

  private static boolean on(Boolean flag) {
    return flag == null || flag;
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
