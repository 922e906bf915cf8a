package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Rejects symbol-heavy text (Markdown debris, emoji spam, box drawing, mojibake) by its
 * symbol-to-text ratio, in the spirit of Gopher's hash/ellipsis-to-word rule.
 *
 * <p>Definition, over the field's prose (fenced and inline code left out, since code is
 * symbol-heavy by nature): symbols are {@code #}, the ellipsis character {@code …}, "other
 * symbols" (Unicode category So: emoji, dingbats, box drawing, {@code ©}, {@code °}, the
 * replacement character {@code �}) and private-use characters (Co, typical of broken PDF
 * extraction). Math ({@code + = < >}), currency ({@code $ ¥}) and modifier symbols
 * ({@code ^ `}) do not count, so "2 + 3 = 5" and "$5" pass. The ratio is
 * {@code symbols / max(1, letters and digits)}; a Chinese character is one letter. The example
 * is rejected when the ratio exceeds {@code max_ratio}. Short texts are sensitive: one emoji
 * after two Chinese characters is a ratio of 0.5.
 */
final class SymbolRatioFilter implements QualityFilter {

  private static final long serialVersionUID = 1L;

  private final double maxRatio;
  private final EnumSet<ExampleField> fields;

  SymbolRatioFilter(double maxRatio, Collection<ExampleField> fields) {
    this.maxRatio = Settings.nonNegative(Settings.key("symbol_ratio", "max_ratio"), maxRatio);
    this.fields = Settings.fields(Settings.key("symbol_ratio", "fields"), fields);
  }

  static boolean isSymbol(int cp) {
    int type = Character.getType(cp);
    return cp == '#' || cp == '…' || type == Character.OTHER_SYMBOL || type == Character.PRIVATE_USE;
  }

  @Override
  public String name() {
    return "symbol_ratio";
  }

  @Override
  public Optional<String> reject(Example example) {
    for (ExampleField field : fields) {
      String prose = MarkdownCode.strip(field.of(example)).text();
      int symbols = 0;
      int text = 0;
      for (int i = 0; i < prose.length(); ) {
        int cp = prose.codePointAt(i);
        i += Character.charCount(cp);
        if (isSymbol(cp)) {
          symbols++;
        } else if (Character.isLetterOrDigit(cp)) {
          text++;
        }
      }
      double ratio = (double) symbols / Math.max(1, text);
      if (ratio > maxRatio) {
        return Optional.of(field.key() + " symbol ratio " + Settings.decimal(ratio) + " ("
            + Texts.count(symbols, "symbol", "symbols") + " / "
            + Texts.count(text, "letter or digit", "letters or digits") + "; maximum "
            + Settings.decimal(maxRatio) + ")");
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name() + "[max_ratio=" + maxRatio + ", " + fields + "]";
  }
}
