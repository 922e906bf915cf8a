package io.instruct4j.selfinstruct.filter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rejects instructions that mention things a text-only model cannot handle (images, files,
 * maps…). A term with a CJK character matches as a substring, because Chinese has no word
 * boundaries; any other term matches as a whole word (words of several tokens, like "go to",
 * across any whitespace), ignoring case. CJK characters count as boundaries, so the English
 * terms also catch "用map函数" in Chinese text.
 */
public final class BlocklistFilter implements InstructionFilter {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "blocklist";

  /** The paper's list (bootstrap_instructions.py). */
  public static final List<String> PAPER_TERMS = List.of(
      "image", "images", "graph", "graphs", "picture", "pictures", "file", "files", "map", "maps",
      "draw", "plot", "go to");
  /** Stanford Alpaca's additions. */
  public static final List<String> ALPACA_TERMS = List.of("video", "audio", "music", "flowchart", "diagram");
  /** The Chinese counterpart, matched as substrings. */
  public static final List<String> CHINESE_TERMS = List.of(
      "图片", "图像", "照片", "图表", "画图", "绘制", "画出", "文件", "地图", "视频", "音频", "音乐",
      "流程图", "示意图", "图形", "截图");

  private static final String WORD_CHAR = "[\\p{L}\\p{N}_&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]";

  private final List<String> terms;
  private final List<Pattern> patterns;

  /** @param terms the blocked terms; blank terms are an error */
  public BlocklistFilter(List<String> terms) {
    Objects.requireNonNull(terms, "terms");
    Set<String> unique = new LinkedHashSet<>();
    for (int i = 0; i < terms.size(); i++) {
      String t = terms.get(i);
      if (t == null || t.isBlank()) {
        throw new IllegalArgumentException("blocklist term " + (i + 1) + " is blank: '" + t + "'");
      }
      unique.add(t.strip());
    }
    this.terms = List.copyOf(unique);
    List<Pattern> compiled = new ArrayList<>();
    for (String t : this.terms) {
      compiled.add(compile(t));
    }
    this.patterns = List.copyOf(compiled);
  }

  /** The default list of {@code language} plus {@code extra} terms: en = paper + Alpaca; zh adds the Chinese list. */
  public static BlocklistFilter defaults(String language, List<String> extra) {
    LengthFilter.requireLanguage(language);
    List<String> all = new ArrayList<>(PAPER_TERMS);
    all.addAll(ALPACA_TERMS);
    if (language.equals("zh")) {
      all.addAll(CHINESE_TERMS);
    }
    all.addAll(Objects.requireNonNull(extra, "extra"));
    return new BlocklistFilter(all);
  }

  public List<String> terms() {
    return terms;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> reject(String instruction) {
    Objects.requireNonNull(instruction, "instruction");
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matcher(instruction).find()) {
        return Optional.of("contains blocklisted term '" + terms.get(i) + "'");
      }
    }
    return Optional.empty();
  }

  private static Pattern compile(String term) {
    boolean cjk = term.codePoints().anyMatch(Characters::isCjk);
    if (cjk) {
      return Pattern.compile(Pattern.quote(term));
    }
    StringBuilder regex = new StringBuilder("(?<!" + WORD_CHAR + ")");
    String[] words = term.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        regex.append("[\\s\\u00A0\\u3000]+");
      }
      regex.append(Pattern.quote(words[i]));
    }
    regex.append("(?!").append(WORD_CHAR).append(")");
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
