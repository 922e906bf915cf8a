package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rejects an example whose chosen fields contain a blocked word or phrase.
 *
 * <p>Matching is case-insensitive (Unicode case folding) on NFKC-normalised text, so fullwidth
 * {@code ＡＩ} matches {@code ai}. Whitespace inside an entry matches any run of whitespace. An
 * entry edge that is a Latin (non-CJK) letter or digit must sit on a word boundary, so {@code ai}
 * does not match {@code said}; an edge that is a CJK character matches anywhere, because Chinese
 * has no spaces ({@code 人工智能} matches inside {@code 我是人工智能助手}), and so does {@code python}
 * inside {@code 用python写} (a CJK neighbour is a boundary).
 */
final class BlockedWordsFilter implements QualityFilter {

  private static final long serialVersionUID = 1L;

  /** A letter or digit that continues a Latin-style word; CJK characters do not. */
  private static final String WORD_CHAR =
      "[\\p{L}\\p{N}\\p{M}_&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]";

  private final List<String> words;
  private final List<Pattern> patterns;
  private final EnumSet<ExampleField> fields;

  BlockedWordsFilter(List<String> words, Collection<ExampleField> fields) {
    String setting = Settings.key("blocklist", "words");
    if (words == null || words.isEmpty()) {
      throw new IllegalArgumentException(setting + " must not be empty");
    }
    this.fields = Settings.fields(Settings.key("blocklist", "fields"), fields);
    this.words = List.copyOf(words.stream().map(w -> w == null ? "" : w).toList());
    this.patterns = new ArrayList<>(words.size());
    for (int i = 0; i < this.words.size(); i++) {
      String word = this.words.get(i);
      if (Texts.isBlank(word)) {
        throw new IllegalArgumentException(setting + "[" + i + "] must not be blank, got '" + word + "'");
      }
      patterns.add(compile(Normalizer.normalize(word.strip(), Normalizer.Form.NFKC)));
    }
  }

  private static Pattern compile(String word) {
    StringBuilder regex = new StringBuilder();
    if (Scripts.isWordChar(word.codePointAt(0)) && !Scripts.isCjk(word.codePointAt(0))) {
      regex.append("(?<!").append(WORD_CHAR).append(")");
    }
    String[] parts = word.split("[\\s\\u00A0\\u3000]+");
    for (int i = 0; i < parts.length; i++) {
      regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
    }
    int last = word.codePointBefore(word.length());
    if (Scripts.isWordChar(last) && !Scripts.isCjk(last)) {
      regex.append("(?!").append(WORD_CHAR).append(")");
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @Override
  public String name() {
    return "blocklist_words";
  }

  @Override
  public Optional<String> reject(Example example) {
    for (ExampleField field : fields) {
      String text = Normalizer.normalize(field.of(example), Normalizer.Form.NFKC);
      for (int i = 0; i < patterns.size(); i++) {
        if (patterns.get(i).matcher(text).find()) {
          return Optional.of(field.key() + " contains blocked word '" + words.get(i) + "'");
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name() + fields + words;
  }
}
