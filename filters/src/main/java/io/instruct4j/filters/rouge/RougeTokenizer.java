package io.instruct4j.filters.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Splits text into ROUGE tokens: exactly Google's {@code rouge_score} tokenizer for ASCII text,
 * extended so that Chinese, Japanese and Korean are scored on characters.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Non-ASCII text is NFKC-normalised, so fullwidth {@code ＡＢ１} reads as {@code AB1}.
 *   <li>The text is lower-cased ({@link Locale#ROOT}).
 *   <li>Every Han ideograph (Ext A and beyond), Hiragana, Katakana and Hangul letter, and the
 *       prolonged sound mark {@code ー}, is a token on its own.
 *   <li>Runs of other letters, digits and combining marks form word tokens; everything else
 *       (punctuation, symbols, whitespace, {@code _}) separates tokens.
 *   <li>Optionally, word tokens of more than 3 ASCII letters/digits are Porter-stemmed, as
 *       {@code rouge_score} does with {@code use_stemmer=True}.
 * </ol>
 *
 * <p>Deliberate deviations from {@code rouge_score}, which keeps only {@code [a-z0-9]} and so
 * scores every Chinese pair 0: CJK characters are tokens (rule 3), and other non-ASCII letters
 * ({@code é}, {@code ü}, Cyrillic, Greek...) stay inside words instead of splitting them, so
 * {@code café} is one token where {@code rouge_score} yields {@code caf}. ASCII input tokenizes
 * exactly as in {@code rouge_score}. Stemming uses Lucene's Porter stemmer (Martin Porter's
 * reference version); NLTK's default variant, which {@code rouge_score} uses, differs on a few
 * rare words. Instances are immutable and thread-safe.
 */
public final class RougeTokenizer {

  private static final RougeTokenizer PLAIN = new RougeTokenizer(false);
  private static final RougeTokenizer STEMMING = new RougeTokenizer(true);

  private final boolean stemming;

  private RougeTokenizer(boolean stemming) {
    this.stemming = stemming;
  }

  /** The tokenizer Self-Instruct uses: {@code RougeScorer(["rougeL"], use_stemmer=False)}. */
  public static RougeTokenizer plain() {
    return PLAIN;
  }

  /** Like {@link #plain()} but Porter-stems ASCII word tokens longer than 3 characters. */
  public static RougeTokenizer porterStemming() {
    return STEMMING;
  }

  public boolean stemming() {
    return stemming;
  }

  /** The tokens of {@code text}, in order; empty when the text has no letters or digits. */
  public List<String> tokenize(String text) {
    Objects.requireNonNull(text, "text");
    if (isAscii(text)) {
      // NFKC is the identity on ASCII and no ASCII character is CJK: runs of letters and digits.
      List<String> tokens = asciiTokens(text);
      return stemming ? stem(tokens) : tokens;
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String lower = normalized.toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        flush(word, tokens);
        tokens.add(new String(Character.toChars(cp)));
      } else if (isWordChar(cp)) {
        word.appendCodePoint(cp);
      } else {
        flush(word, tokens);
      }
    }
    flush(word, tokens);
    return stemming ? stem(tokens) : tokens;
  }

  /** The same tokens as the general path gives an ASCII text, without copying it first. */
  private static List<String> asciiTokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return tokens;
  }

  static boolean isCjk(int cp) {
    if (cp == 0x30FC) { // KATAKANA-HIRAGANA PROLONGED SOUND MARK: script Common, but a kana
      return true;
    }
    if (cp < 0x1100 || !Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    int type = Character.getType(cp);
    // Combining marks belong to the word they modify (Devanagari vowel signs, stray accents).
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** rouge_score stems only tokens longer than 3 characters; we also leave non-ASCII alone. */
  static boolean stemmable(String token) {
    return token.length() > 3 && isAscii(token);
  }

  private static List<String> stem(List<String> tokens) {
    try (TokenStream stream = new PorterStemFilter(new ListTokenStream(tokens))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      List<String> out = new ArrayList<>(tokens.size());
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory token stream failed", e);
    }
  }

  /** Feeds already-split tokens to Lucene's stemmer; the keyword flag shields short tokens. */
  private static final class ListTokenStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final List<String> tokens;
    private int next;

    ListTokenStream(List<String> tokens) {
      this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
      if (next >= tokens.size()) {
        return false;
      }
      clearAttributes();
      String token = tokens.get(next++);
      term.setEmpty().append(token);
      keyword.setKeyword(!stemmable(token));
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
