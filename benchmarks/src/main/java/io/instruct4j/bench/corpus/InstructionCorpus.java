package io.instruct4j.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded generator of instruction-like texts in one language, and of their near duplicates:
 * the kind of pool Self-Instruct's ROUGE-L filter and curation dedup see. Templates, with
 * optional openers and closers, are filled with partly Zipf-distributed values (so common words
 * are in most texts, as in real pools); a tenth of the texts are free word sequences, and half
 * of the topics are made-up names, which give the vocabulary its long tail. The same seed gives
 * the same texts on every JVM.
 */
public final class InstructionCorpus {

  private static final int MADE_UP_NAMES = 20_000;

  private final Lexicon lexicon;
  private final SplittableRandom random;
  private final List<String> madeUpTopics = new ArrayList<>();
  private final List<String> anyUnit = new ArrayList<>();

  public InstructionCorpus(Lexicon lexicon, long seed) {
    this.lexicon = lexicon;
    this.random = new SplittableRandom(seed);
    boolean english = lexicon.joiner().equals(" ");
    for (int i = 0; i < MADE_UP_NAMES; i++) {
      StringBuilder name = new StringBuilder();
      for (int parts = 2 + random.nextInt(2); parts > 0; parts--) {
        name.append(zipf(lexicon.nameParts()));
      }
      String suffix = lexicon.nameSuffixes().get(random.nextInt(lexicon.nameSuffixes().size()));
      madeUpTopics.add(english
          ? "the " + Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + suffix
          : name + suffix);
    }
    for (String template : lexicon.templates()) {
      for (String unit : template.split(" ")) {
        if (!unit.startsWith("{")) {
          anyUnit.add(unit);
        }
      }
    }
    lexicon.slots().values().forEach(anyUnit::addAll);
    // Map.copyOf iterates in an unspecified order, so sort first; then a seeded shuffle decides
    // which units the Zipf draw of free texts favours.
    anyUnit.sort(null);
    for (int i = anyUnit.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      anyUnit.set(j, anyUnit.set(i, anyUnit.get(j)));
    }
  }

  public String language() {
    return lexicon.code();
  }

  /** A new text: a filled template, or (one in ten) a free sequence of 4 to 14 units. */
  public Draft fresh() {
    List<String> units = new ArrayList<>();
    List<String> slots = new ArrayList<>();
    if (random.nextInt(10) == 0) {
      for (int n = 4 + random.nextInt(11); n > 0; n--) {
        units.add(zipf(anyUnit));
        slots.add("");
      }
      return new Draft(units, slots);
    }
    if (random.nextInt(4) == 0) {
      append(pick(lexicon.openers()), units, slots);
    }
    append(pick(lexicon.templates()), units, slots);
    if (random.nextInt(2) == 0) {
      append(pick(lexicon.closers()), units, slots);
    }
    return new Draft(units, slots);
  }

  private void append(String template, List<String> units, List<String> slots) {
    for (String unit : template.split(" ")) {
      if (unit.startsWith("{")) {
        String slot = unit.substring(1, unit.length() - 1);
        units.add(value(slot));
        slots.add(slot);
      } else {
        units.add(unit);
        slots.add("");
      }
    }
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A paraphrase of {@code original}: 1 to 3 edits (slot change, swap, insert, delete, synonym). */
  public Draft nearDuplicate(Draft original) {
    List<String> units = new ArrayList<>(original.units());
    List<String> slots = new ArrayList<>(original.slots());
    for (int edits = 1 + random.nextInt(3) * random.nextInt(2); edits > 0; edits--) {
      int at = random.nextInt(units.size());
      switch (random.nextInt(5)) {
        case 0 -> changeSlot(units, slots);
        case 1 -> {
          int next = Math.min(units.size() - 1, at + 1);
          units.set(next, units.set(at, units.get(next)));
          slots.set(next, slots.set(at, slots.get(next)));
        }
        case 2 -> {
          units.add(at, lexicon.fillers().get(random.nextInt(lexicon.fillers().size())));
          slots.add(at, "");
        }
        case 3 -> {
          if (units.size() > 3) {
            units.remove(at);
            slots.remove(at);
          }
        }
        default -> {
          String synonym = lexicon.synonyms().get(units.get(at));
          if (synonym != null) {
            units.set(at, synonym);
          } else {
            changeSlot(units, slots);
          }
        }
      }
    }
    return new Draft(units, slots);
  }

  /** {@code original} with one filler word appended: a near duplicate for shingle-based dedup. */
  public Draft withOneMore(Draft original) {
    List<String> units = new ArrayList<>(original.units());
    List<String> slots = new ArrayList<>(original.slots());
    units.add(lexicon.fillers().get(random.nextInt(lexicon.fillers().size())));
    slots.add("");
    return new Draft(units, slots);
  }

  /** The text of a draft, first letter upper-cased, with a sentence ending. */
  public String render(Draft draft) {
    String text = String.join(lexicon.joiner(), draft.units());
    String ending = lexicon.endings().get(random.nextInt(lexicon.endings().size()));
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ending;
  }

  /**
   * The same text as {@link #render} up to case, punctuation and spacing, which exact dedup
   * folds: upper-cased, with doubled spaces between words and doubled punctuation.
   */
  public String renderVariant(Draft draft) {
    String spaced = String.join(lexicon.joiner().repeat(2), draft.units());
    return " " + spaced.toUpperCase(Locale.ROOT) + (lexicon.joiner().isEmpty() ? "！！" : "!!");
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  private void changeSlot(List<String> units, List<String> slots) {
    List<Integer> filled = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      if (!slots.get(i).isEmpty()) {
        filled.add(i);
      }
    }
    if (filled.isEmpty()) {
      int at = random.nextInt(units.size());
      units.set(at, zipf(anyUnit));
      return;
    }
    int at = filled.get(random.nextInt(filled.size()));
    units.set(at, value(slots.get(at)));
  }

  private String value(String slot) {
    if (slot.equals("topic") && random.nextInt(2) == 0) {
      return zipf(madeUpTopics);
    }
    // Half Zipf, half uniform: real pools favour some values, but not as steeply as Zipf alone.
    List<String> values = lexicon.slots().get(slot);
    return random.nextInt(2) == 0 ? zipf(values) : pick(values);
  }

  /** Low indexes far more often (n^u - 1 for uniform u); StrictMath keeps runs identical on every JVM. */
  private String zipf(List<String> values) {
    int index = (int) StrictMath.pow(values.size() + 1, random.nextDouble()) - 1;
    return values.get(Math.min(index, values.size() - 1));
  }
}
