package io.instruct4j.selfinstruct.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a bootstrap reply (a numbered list continuing the prompt's list) into instructions.
 *
 * <p>Rules: an item starts at a numbered line ({@link ItemHeader}) whose number is above the
 * previous item's, so a nested "1. … 2. …" inside item 9 stays part of item 9. Lines directly
 * after an item continue it (joined with a space, or with nothing between CJK characters; a
 * bold title line is joined to its description with ": "). Text before the first item, text set
 * off by a blank line, closing remarks and example Input:/Output: lines are dropped with a
 * reason. Each item loses its numbering, wrapping markdown or quotes, inline bold, and a
 * restated "Instruction:"/"Task:"/"指令："/"任务：" label; whitespace is collapsed. Unlike the
 * reference, the case is left alone (Python's capitalize() lowercases "NBA" and "iPhone").
 */
public final class InstructionListParser {

  public static final String REASON_TRUNCATED = "truncated";
  public static final String REASON_PREAMBLE = "preamble";
  public static final String REASON_BETWEEN = "text between items";
  public static final String REASON_TRAILING = "trailing text";
  public static final String REASON_EXAMPLE = "example input/output after the task";
  public static final String REASON_EMPTY_ITEM = "empty item";
  public static final String REASON_NO_ITEMS = "no numbered items";
  public static final String REASON_EMPTY_REPLY = "empty reply";
  public static final String REASON_REASONING = "reasoning block";

  private static final Pattern LABEL = Pattern.compile(
      "^(?:\\*\\*|__)?(?:new task|instruction|task|指令|任务)[ \\t]*[0-9]*[ \\t]*(?:\\*\\*|__)?[ \\t]*[:：][ \\t]*(?:\\*\\*|__)?[ \\t]*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern EXAMPLE_LINE = Pattern.compile(
      "^(?:[-*+•][ \\t]+)?(?:\\*\\*|__)?(?:input|output|example(?:[ \\t]+(?:input|output))?|输入|输出|示例|例如)"
          + "[ \\t]*[0-9]*[ \\t]*(?:\\*\\*|__)?[ \\t]*[:：]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MARKUP_ONLY = Pattern.compile("[*_`#\\s]*");
  private static final Pattern SPACE_AFTER_FULL_WIDTH = Pattern.compile("(?<=[，。：；！？、）」』》”])\\s+");
  private static final String SENTENCE_END = ".!?:;。！？：；…";

  private InstructionListParser() {}

  /**
   * Parses a bootstrap reply.
   *
   * @param reply the model's reply text
   * @param truncated whether the length limit cut the reply off
   * @param policy what to drop from a truncated reply
   */
  public static ParsedInstructions parse(String reply, boolean truncated, TruncationPolicy policy) {
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(policy, "policy");
    Reasoning thinking = Reasoning.split(reply);
    if (thinking.present()) {
      ParsedInstructions answer = parse(thinking.answer(), truncated, policy);
      List<Dropped> all = new ArrayList<>();
      if (!thinking.reasoning().isEmpty()) {
        all.add(new Dropped(thinking.reasoning(), REASON_REASONING));
      }
      all.addAll(answer.dropped());
      return new ParsedInstructions(answer.instructions(), all);
    }
    List<Dropped> dropped = new ArrayList<>();
    if (reply.isBlank()) {
      dropped.add(new Dropped("", REASON_EMPTY_REPLY));
      return new ParsedInstructions(List.of(), dropped);
    }
    List<Item> items = new ArrayList<>();
    List<String> preamble = new ArrayList<>();
    List<String> loose = new ArrayList<>(); // text after a blank line, before the next item
    Item current = null;
    boolean blankSinceItem = false;
    boolean ended = false;
    for (String raw : ReplyText.normalizeNewlines(reply).split("\n", -1)) {
      String line = raw.strip();
      if (ended) {
        addIfText(loose, line);
        continue;
      }
      if (line.isEmpty()) {
        blankSinceItem = current != null;
        continue;
      }
      Optional<ItemHeader> header = ItemHeader.parse(raw);
      if (header.isPresent() && (current == null || header.get().number() > current.number)) {
        flushLoose(loose, dropped, REASON_BETWEEN);
        current = new Item(header.get());
        items.add(current);
        blankSinceItem = false;
        continue;
      }
      if (current == null) {
        preamble.add(line);
      } else if (Chatter.isClosingRemark(line)) {
        ended = true;
        loose.add(line);
      } else if (blankSinceItem || !loose.isEmpty()) {
        loose.add(line);
      } else if (current.inExample || EXAMPLE_LINE.matcher(line).find()) {
        current.inExample = true;
        current.example.add(line);
      } else {
        current.addLine(line);
      }
    }
    if (items.isEmpty()) {
      dropped.add(new Dropped(reply.strip(), REASON_NO_ITEMS));
      return new ParsedInstructions(List.of(), dropped);
    }
    flushLoose(loose, dropped, REASON_TRAILING);
    return finish(items, truncated, policy, preamble, dropped);
  }

  /** Orders the drops: preamble, item-level drops in item order, text outside items, truncation. */
  private static ParsedInstructions finish(List<Item> items, boolean truncated, TruncationPolicy policy,
      List<String> preamble, List<Dropped> outside) {
    List<Dropped> ordered = new ArrayList<>();
    if (!preamble.isEmpty()) {
      ordered.add(new Dropped(String.join("\n", preamble), REASON_PREAMBLE));
    }
    int keep = items.size();
    if (truncated) {
      keep = policy == TruncationPolicy.DROP_ALL ? 0 : items.size() - 1;
    }
    List<String> instructions = new ArrayList<>();
    List<Dropped> cut = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String text = clean(item.text.toString());
      if (i >= keep) {
        cut.add(new Dropped(item.raw(true), REASON_TRUNCATED));
        continue;
      }
      if (!item.example.isEmpty()) {
        ordered.add(new Dropped(String.join("\n", item.example), REASON_EXAMPLE));
      }
      if (text.isEmpty()) {
        ordered.add(new Dropped(item.raw(false), REASON_EMPTY_ITEM));
      } else {
        instructions.add(text);
      }
    }
    ordered.addAll(outside);
    ordered.addAll(cut);
    return new ParsedInstructions(instructions, ordered);
  }

  /** Numbering is already gone; removes wrappers, a restated label, inline bold, extra spaces. */
  static String clean(String itemText) {
    String text = ReplyText.collapseWhitespace(itemText);
    text = ReplyText.stripWrappers(text);
    text = LABEL.matcher(text).replaceFirst("");
    text = ReplyText.removeInlineBold(text);
    text = ReplyText.stripWrappers(text);
    if (MARKUP_ONLY.matcher(text).matches()) {
      return "";
    }
    // Full-width punctuation carries its own spacing; "改写： 把…" is an artifact of removed bold.
    return SPACE_AFTER_FULL_WIDTH.matcher(ReplyText.collapseWhitespace(text)).replaceAll("");
  }

  private static void addIfText(List<String> lines, String line) {
    if (!line.isEmpty()) {
      lines.add(line);
    }
  }

  private static void flushLoose(List<String> loose, List<Dropped> dropped, String reason) {
    if (!loose.isEmpty()) {
      dropped.add(new Dropped(String.join("\n", loose), reason));
      loose.clear();
    }
  }

  /** One numbered item being assembled. */
  private static final class Item {
    final int number;
    final boolean boldTitle;
    final String firstLine;
    final StringBuilder text = new StringBuilder();
    final List<String> lines = new ArrayList<>();
    final List<String> example = new ArrayList<>();
    boolean inExample;

    Item(ItemHeader header) {
      this.number = header.number();
      this.boldTitle = header.boldTitle();
      this.firstLine = header.text();
      this.text.append(header.text());
    }

    void addLine(String line) {
      lines.add(line);
      String sofar = text.toString().strip();
      if (boldTitle && lines.size() == 1 && !sofar.isEmpty()
          && SENTENCE_END.indexOf(sofar.charAt(sofar.length() - 1)) < 0) {
        text.setLength(0);
        text.append(sofar).append(ReplyText.isCjk(sofar.codePointBefore(sofar.length())) ? "：" : ": ").append(line);
      } else {
        String joined = ReplyText.join(sofar, line);
        text.setLength(0);
        text.append(joined);
      }
    }

    /** The item as written (numbering removed), for drop records. */
    String raw(boolean withExample) {
      List<String> all = new ArrayList<>();
      if (!firstLine.isEmpty()) {
        all.add(firstLine);
      }
      all.addAll(lines);
      if (withExample) {
        all.addAll(example);
      }
      return String.join("\n", all);
    }
  }
}
