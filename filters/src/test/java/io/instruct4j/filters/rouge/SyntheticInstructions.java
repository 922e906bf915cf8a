package io.instruct4j.filters.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of English and Chinese instruction-like texts and of their near-duplicates
 * (word swaps, insertions, deletions, substitutions), with Zipf-like word frequencies so common
 * tokens ("the", "的") appear in most texts, as in real pools.
 */
final class SyntheticInstructions {

  private static final String[] COMMON_WORDS = {
    "the", "a", "of", "to", "and", "in", "for", "write", "give", "list", "explain", "how", "what",
    "is", "an", "about", "with", "your", "that", "this", "describe", "create", "three", "make"};
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ten", "ra", "sun", "pe", "dor", "vi", "an", "qu", "el", "tor", "ba", "ni",
    "sto", "ge", "ry", "pho", "lex"};
  private static final String COMMON_HAN = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要";
  private static final String[] PUNCTUATION = {",", ".", "?", "!", ";", ":", " -", "'s"};

  private final SplittableRandom random;
  private final List<String> englishLexicon = new ArrayList<>();
  private final List<String> chineseLexicon = new ArrayList<>();

  SyntheticInstructions(long seed) {
    random = new SplittableRandom(seed);
    englishLexicon.addAll(List.of(COMMON_WORDS));
    while (englishLexicon.size() < 600) {
      StringBuilder word = new StringBuilder();
      for (int s = 1 + random.nextInt(3); s > 0; s--) {
        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      englishLexicon.add(word.toString());
    }
    COMMON_HAN.codePoints().forEach(cp -> chineseLexicon.add(Character.toString(cp)));
    while (chineseLexicon.size() < 800) {
      chineseLexicon.add(Character.toString(0x4E00 + random.nextInt(3000)));
    }
  }

  /** A fresh text: a list of words (English) or characters (Chinese, sometimes with ASCII words). */
  List<String> fresh(boolean chinese) {
    List<String> words = new ArrayList<>();
    int length = chinese ? 6 + random.nextInt(25) : 4 + random.nextInt(15);
    for (int i = 0; i < length; i++) {
      words.add(chinese && random.nextInt(15) == 0 ? englishWord() : word(chinese));
    }
    return words;
  }

  /** The words of {@code original} after 1 to 4 random edits. */
  List<String> nearDuplicate(List<String> original, boolean chinese) {
    List<String> words = new ArrayList<>(original);
    for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
      int at = random.nextInt(Math.max(1, words.size()));
      switch (random.nextInt(4)) {
        case 0 -> {
          if (words.size() > 1) {
            int other = Math.min(words.size() - 1, at + 1);
            words.set(other, words.set(at, words.get(other)));
          }
        }
        case 1 -> words.add(at, word(chinese));
        case 2 -> {
          if (words.size() > 2) {
            words.remove(at);
          }
        }
        default -> words.set(at, word(chinese));
      }
    }
    return words;
  }

  /** Renders words as text, with random case and punctuation that the tokenizer must ignore. */
  String render(List<String> words, boolean chinese) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean ascii = word.charAt(0) < 0x80;
      if (i > 0 && (!chinese || ascii || random.nextInt(10) == 0)) {
        text.append(' ');
      }
      text.append(i == 0 && ascii ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      if (random.nextInt(12) == 0) {
        text.append(chinese ? "，" : PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
      }
    }
    return text.append(chinese ? "。" : ".").toString();
  }

  boolean nextBoolean(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  private String word(boolean chinese) {
    return chinese ? zipf(chineseLexicon) : englishWord();
  }

  private String englishWord() {
    return zipf(englishLexicon);
  }

  /** Picks low indexes far more often (n^u - 1 for uniform u); StrictMath keeps runs identical on every JVM. */
  private String zipf(List<String> lexicon) {
    int index = (int) StrictMath.pow(lexicon.size() + 1, random.nextDouble()) - 1;
    return lexicon.get(Math.min(index, lexicon.size() - 1));
  }
}
