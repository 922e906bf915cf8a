package io.instruct4j.selfinstruct.filter;

import io.instruct4j.selfinstruct.SelfInstructConfig;
import java.util.List;

/**
 * The paper's post-processing filters as one chain, in the reference's order: length,
 * blocklist, "Write a program", leading punctuation, leading character.
 */
public final class PaperFilters {

  /** Chinese may open with a book title or a quotation ("《红楼梦》…", "“内卷”…"). */
  public static final String ZH_EXEMPT_LEADING = "《“「『";

  private PaperFilters() {}

  /** The defaults of {@code language}. */
  public static FilterChain forLanguage(String language) {
    return forLanguage(language, null, null, List.of());
  }

  /**
   * The chain for {@code language}.
   *
   * @param minWords fewest length units, null for the language's default
   * @param maxWords most length units, null for the language's default
   * @param extraBlocklist terms blocked besides the default list
   */
  public static FilterChain forLanguage(String language, Integer minWords, Integer maxWords, List<String> extraBlocklist) {
    LengthFilter.requireLanguage(language);
    int min = minWords != null ? minWords : LengthFilter.defaultMin(language);
    int max = maxWords != null ? maxWords : LengthFilter.defaultMax(language);
    String exempt = language.equals("zh") ? ZH_EXEMPT_LEADING : "";
    return new FilterChain(List.of(
        new LengthFilter(language, min, max),
        BlocklistFilter.defaults(language, extraBlocklist == null ? List.of() : extraBlocklist),
        StartsWithFilter.writeAProgram(language),
        new LeadingPunctuationFilter(exempt),
        new LeadingCharacterFilter(language, exempt)));
  }

  /** The chain the {@code self_instruct:} config section asks for. */
  public static FilterChain fromConfig(SelfInstructConfig config, String language) {
    LengthFilter.requireLanguage(language);
    try {
      return forLanguage(language, config.minWords(), config.maxWords(), config.extraBlocklist());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("self_instruct.min_words/max_words/extra_blocklist: " + e.getMessage(), e);
    }
  }
}
