package io.instruct4j.selfqa.filter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds wording that points back at the source text ("according to the passage", "this article",
 * "上文", "文中提到"). A training example is read without its passage, so such a question or
 * answer is unusable: the reader has no passage to look at. English phrases are matched as whole
 * words, Chinese ones as substrings; user phrases are added to the built-in ones.
 */
public final class ReferencePhrases implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Filter name. */
  public static final String FILTER = "refers_to_text";

  // "the text" and "the document" alone are left out: "the text display", "the document
  // camera" are ordinary words; with a determiner or a verb of saying they point at the source.
  private static final String EN =
      "\\b(?:the|this|that|these|above|given|provided|following|preceding|aforementioned|same)\\s+"
          + "(?:passages?|excerpts?|paragraphs?|articles?|readings?|reference texts?)\\b"
          + "|\\b(?:this|these|above|given|provided|following|preceding|aforementioned)\\s+(?:texts?|documents?)\\b"
          + "|\\b(?:given|provided|above|reference)\\s+(?:context|material|information|content)\\b"
          + "|\\baccording to (?:the |this )?(?:passage|text|article|document|excerpt|context|material|above)\\b"
          + "|\\bthe (?:text|document) (?:says?|states?|mentions?|describes?|explains?|notes?|shows?)\\b"
          + "|\\b(?:mentioned|stated|described|discussed|given|provided|explained|noted) in the "
          + "(?:text|document|passage|article|excerpt)\\b"
          + "|\\bthe author(?:s)?\\b|\\b(?:mentioned|stated|described|noted|discussed) (?:above|earlier|previously)\\b";
  private static final List<String> ZH = List.of(
      "上文", "本文", "文中", "原文", "该文", "此文", "前文", "下文", "文章中", "这篇文章", "该文章", "本篇",
      "这段", "该段", "本段", "此段", "段落中", "上述", "以上内容", "以上信息", "材料中", "根据材料", "给定的文本",
      "所给文本", "文本中", "参考文本", "如上所述", "上面提到", "上面所说", "文段");

  private final Pattern english;
  private final List<String> extra;

  /** @param extraPhrases further phrases (matched case-insensitively as substrings) */
  public ReferencePhrases(List<String> extraPhrases) {
    this.english = Pattern.compile(EN, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.extra = new ArrayList<>();
    for (String p : extraPhrases) {
      extra.add(p.strip().toLowerCase(Locale.ROOT));
    }
  }

  /** The first reference phrase in {@code text}, as written there. */
  public Optional<String> find(String text) {
    Matcher m = english.matcher(text);
    if (m.find()) {
      return Optional.of(m.group());
    }
    for (String phrase : ZH) {
      if (text.contains(phrase)) {
        return Optional.of(phrase);
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String phrase : extra) {
      int at = lower.indexOf(phrase);
      if (at >= 0) {
        return Optional.of(text.substring(at, at + phrase.length()));
      }
    }
    return Optional.empty();
  }

  /** A rejection naming the phrase, when {@code text} (a question or an answer) refers to the text. */
  public Optional<FilterRejection> check(String what, String text) {
    return find(text).map(phrase -> new FilterRejection(FILTER, what + " refers to the source text ('" + phrase
        + "'); it must stand on its own without the passage"));
  }
}
