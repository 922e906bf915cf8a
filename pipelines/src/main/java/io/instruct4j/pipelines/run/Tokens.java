package io.instruct4j.pipelines.run;

/**
 * A tokenizer-free token estimate for planning: one token per CJK character (Qwen, Llama 3 and
 * GPT-4 tokenizers spend about 0.7 to 1.5 per character) and one per four other characters (the
 * usual English average). Good to perhaps ±30 %, which is what a cost estimate needs; the
 * endpoint's own counts are what {@code run-state.json} records.
 */
final class Tokens {

  private Tokens() {}

  static long estimate(String text) {
    long cjk = 0;
    long other = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isCjk(cp)) {
        cjk++;
      } else {
        other++;
      }
      i += Character.charCount(cp);
    }
    return cjk + (other + 3) / 4;
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }
}
