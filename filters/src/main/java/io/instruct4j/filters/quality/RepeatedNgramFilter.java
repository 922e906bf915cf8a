package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rejects degenerate, looping text by its repeated n-gram ratio.
 *
 * <p>Definition: take the field's prose (fenced and inline code left out, since code repeats by
 * nature), split it into lower-cased CJK-aware tokens ({@link LengthUnit#TOKENS}: a Chinese
 * character is a token, a Latin word is a token), and form the {@code total = tokens - n + 1}
 * overlapping n-grams. {@code repeated} counts the n-grams that already occurred earlier, i.e.
 * {@code total - distinct}. The ratio is {@code repeated / total}; it is 0 when the text has
 * fewer than {@code n} tokens. The example is rejected when the ratio exceeds {@code max_ratio}.
 * {@code "yes yes yes yes yes"} has three 3-grams, one distinct: ratio 2/3.
 */
final class RepeatedNgramFilter implements QualityFilter {

  private static final long serialVersionUID = 1L;

  private final int n;
  private final double maxRatio;
  private final EnumSet<ExampleField> fields;

  RepeatedNgramFilter(int n, double maxRatio, Collection<ExampleField> fields) {
    this.n = Settings.atLeast(Settings.key("repeated_ngrams", "n"), n, 1);
    this.maxRatio = Settings.ratio(Settings.key("repeated_ngrams", "max_ratio"), maxRatio);
    this.fields = Settings.fields(Settings.key("repeated_ngrams", "fields"), fields);
  }

  @Override
  public String name() {
    return "repeated_ngrams";
  }

  @Override
  public Optional<String> reject(Example example) {
    for (ExampleField field : fields) {
      List<String> tokens = Texts.tokens(MarkdownCode.strip(field.of(example)).text());
      int total = tokens.size() - n + 1;
      if (total <= 0) {
        continue;
      }
      Set<List<String>> seen = new HashSet<>();
      int repeated = 0;
      for (int i = 0; i < total; i++) {
        if (!seen.add(tokens.subList(i, i + n))) {
          repeated++;
        }
      }
      double ratio = (double) repeated / total;
      if (ratio > maxRatio) {
        return Optional.of(field.key() + " repeated " + n + "-gram ratio " + Settings.decimal(ratio)
            + " (" + repeated + " of " + total + " " + n + "-grams repeat; maximum "
            + Settings.decimal(maxRatio) + ")");
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name() + "[n=" + n + ", max_ratio=" + maxRatio + ", " + fields + "]";
  }
}
