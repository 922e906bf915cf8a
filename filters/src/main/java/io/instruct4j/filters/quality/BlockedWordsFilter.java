package io.instruct4j.filters.quality;

import io.instruct4j.core.record.Example;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejects an example whose chosen fields contain a blocked word or phrase.
 *
 * <p>Matching is case-insensitive (both sides NFKC-normalised and lower-cased), so fullwidth
 * {@code ＡＩ} matches {@code ai}. Whitespace inside an entry matches any run of whitespace. An
 * entry edge that is a Latin (non-CJK) letter or digit must sit on a word boundary, so {@code ai}
 * does not match {@code said}; an edge that is a CJK character matches anywhere, because Chinese
 * has no spaces ({@code 人工智能} matches inside {@code 我是人工智能助手}), and so does {@code python}
 * inside {@code 用python写} (a CJK neighbour is a boundary).
 */
final class BlockedWordsFilter implements QualityFilter {

  private static final long serialVersionUID = 1L;

  private final List<String> words;
  private final List<Pattern> patterns;
  /** Per entry: whether its first / last character needs a word boundary (a non-CJK word character). */
  private final boolean[] boundedStart;
  private final boolean[] boundedEnd;
  private final EnumSet<ExampleField> fields;

  BlockedWordsFilter(List<String> words, Collection<ExampleField> fields) {
    String setting = Settings.key("blocklist", "words");
    if (words == null || words.isEmpty()) {
      throw new IllegalArgumentException(setting + " must not be empty");
    }
    this.fields = Settings.fields(Settings.key("blocklist", "fields"), fields);
    this.words = List.copyOf(words.stream().map(w -> w == null ? "" : w).toList());
    this.patterns = new ArrayList<>(words.size());
    this.boundedStart = new boolean[words.size()];
    this.boundedEnd = new boolean[words.size()];
    for (int i = 0; i < this.words.size(); i++) {
      String word = this.words.get(i);
      if (Texts.isBlank(word)) {
        throw new IllegalArgumentException(setting + "[" + i + "] must not be blank, got '" + word + "'");
      }
      String normalized = fold(word.strip());
      patterns.add(compile(normalized));
      boundedStart[i] = isLatinWordChar(normalized.codePointAt(0));
      boundedEnd[i] = isLatinWordChar(normalized.codePointBefore(normalized.length()));
    }
  }

  /**
   * The folded entry as a literal, whitespace runs matching any whitespace. Boundaries are
   * checked in code after a hit rather than by regex look-around: a look-behind is evaluated at
   * every position of the text and made the filter several times slower on long outputs.
   */
  private static Pattern compile(String word) {
    StringBuilder regex = new StringBuilder();
    String[] parts = word.split("[\\s\\u00A0\\u3000]+");
    for (int i = 0; i < parts.length; i++) {
      regex.append(i == 0 ? "" : "[\\s\\u00A0\\u3000]+").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString());
  }

  /**
   * NFKC then lower case, applied to entries and texts alike. Folding the text once is cheaper
   * than case-insensitive matching, and a literal pattern lets the regex engine skip ahead
   * (Boyer-Moore) instead of comparing case-folded characters at every position.
   */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** A character that continues a Latin-style word; CJK characters do not (Chinese has no spaces). */
  private static boolean isLatinWordChar(int cp) {
    return (Scripts.isWordChar(cp) || cp == '_') && !Scripts.isCjk(cp);
  }

  private boolean found(int entry, String text) {
    Matcher matcher = patterns.get(entry).matcher(text);
    int from = 0;
    while (from <= text.length() && matcher.find(from)) {
      boolean startOk = !boundedStart[entry] || matcher.start() == 0
          || !isLatinWordChar(text.codePointBefore(matcher.start()));
      boolean endOk = !boundedEnd[entry] || matcher.end() == text.length()
          || !isLatinWordChar(text.codePointAt(matcher.end()));
      if (startOk && endOk) {
        return true;
      }
      from = matcher.start() + Character.charCount(text.codePointAt(matcher.start()));
    }
    return false;
  }

  @Override
  public String name() {
    return "blocklist_words";
  }

  @Override
  public Optional<String> reject(Example example) {
    for (ExampleField field : fields) {
      String text = fold(field.of(example));
      for (int i = 0; i < patterns.size(); i++) {
        if (found(i, text)) {
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
