package io.instruct4j.filters.quality;

import java.util.regex.Pattern;

/**
 * How much of a text is Chinese and how much Latin, counted in CJK-aware tokens: each Han
 * character is one token and each Latin word is one, because one English word carries about as
 * much as one or two Chinese characters (counting letters would call "用 Python 读取 CSV 文件"
 * Latin). Code (fenced and inline), URLs and e-mail addresses are left out, and tokens without a
 * letter (numbers) are not counted, so code blocks and figures never decide the script.
 *
 * @param han Han characters
 * @param latin words starting with a Latin letter
 * @param other tokens of any other script (kana, Hangul, Cyrillic...)
 */
record ScriptProfile(int han, int latin, int other) {

  private static final Pattern LINKS =
      Pattern.compile(
      // ASCII-only e-mail classes: "\\S+@" would rescan a long unspaced Chinese text at every start.
      "(?i)\\b(?:https?|ftp)://\\S+|\\bwww\\.\\S+|[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");

  static ScriptProfile of(String text) {
    String prose = MarkdownCode.strip(text).text();
    if (prose.contains("://") || prose.contains("www.") || prose.indexOf('@') >= 0) {
      prose = LINKS.matcher(prose).replaceAll(" "); // the guard spares link-free text the regex
    }
    int han = 0;
    int latin = 0;
    int other = 0;
    for (String token : Texts.tokens(prose)) {
      int first = firstLetter(token);
      if (first < 0) {
        continue;
      }
      if (Scripts.isHan(first)) {
        han++;
      } else if (Scripts.isLatinLetter(first)) {
        latin++;
      } else {
        other++;
      }
    }
    return new ScriptProfile(han, latin, other);
  }

  private static int firstLetter(String token) {
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      if (Character.isLetter(cp) || Character.isIdeographic(cp)) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  int total() {
    return han + latin + other;
  }

  /** {@code zh} or {@code en} when that script has a strict majority of the tokens, else null (mixed or other). */
  String dominant() {
    if (2 * han > total()) {
      return "zh";
    }
    if (2 * latin > total()) {
      return "en";
    }
    return null;
  }

  /** {@code "0 Han characters, 5 Latin words"}, plus other-script tokens when there are any. */
  String describe() {
    String counts = Texts.count(han, "Han character", "Han characters") + ", "
        + Texts.count(latin, "Latin word", "Latin words");
    return other == 0 ? counts : counts + ", " + Texts.count(other, "other-script token", "other-script tokens");
  }
}
