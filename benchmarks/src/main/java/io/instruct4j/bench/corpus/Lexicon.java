package io.instruct4j.bench.corpus;

import java.util.List;
import java.util.Map;

/**
 * One language's material for generated instructions: templates whose units are separated by
 * spaces ({@code {name}} marks a slot), the values of each slot, filler words that paraphrases
 * insert, synonyms they swap in, and how units are joined when rendered.
 *
 * @param code BCP-47 tag written into the generated examples
 * @param templates instruction templates, units separated by single spaces
 * @param openers optional context put before an instruction, units separated by spaces
 * @param closers optional constraints put after an instruction, units separated by spaces
 * @param slots values per slot name; a value may hold several units separated by spaces
 * @param fillers words a paraphrase may insert
 * @param synonyms unit replacements a paraphrase may apply
 * @param nameSuffixes place or thing nouns that turn a made-up name into a rare topic
 * @param nameParts what made-up names are built from (syllables, or characters)
 * @param joiner what separates rendered units: a space, or nothing for Chinese
 * @param endings sentence endings, one chosen per text
 */
public record Lexicon(
    String code,
    List<String> templates,
    List<String> openers,
    List<String> closers,
    Map<String, List<String>> slots,
    List<String> fillers,
    Map<String, String> synonyms,
    List<String> nameSuffixes,
    List<String> nameParts,
    String joiner,
    List<String> endings) {

  public Lexicon {
    templates = List.copyOf(templates);
    openers = List.copyOf(openers);
    closers = List.copyOf(closers);
    slots = Map.copyOf(slots);
    fillers = List.copyOf(fillers);
    synonyms = Map.copyOf(synonyms);
    nameSuffixes = List.copyOf(nameSuffixes);
    nameParts = List.copyOf(nameParts);
    endings = List.copyOf(endings);
    List<String> all = new java.util.ArrayList<>(templates);
    all.addAll(openers);
    all.addAll(closers);
    for (String template : all) {
      for (String unit : template.split(" ")) {
        if (unit.startsWith("{") && !slots.containsKey(unit.substring(1, unit.length() - 1))) {
          throw new IllegalArgumentException("template '" + template + "' uses slot " + unit
              + " that has no values (slots: " + slots.keySet() + ")");
        }
      }
    }
  }

  /** The lexicon for a language code: {@code en} or {@code zh}. */
  public static Lexicon of(String code) {
    return switch (code) {
      case "en" -> EnglishLexicon.create();
      case "zh" -> ChineseLexicon.create();
      default -> throw new IllegalArgumentException(
          "unknown corpus language '" + code + "' (expected en or zh)");
    };
  }
}
