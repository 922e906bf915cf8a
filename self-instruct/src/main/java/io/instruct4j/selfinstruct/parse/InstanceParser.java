package io.instruct4j.selfinstruct.parse;

import io.instruct4j.selfinstruct.instance.Instance;
import io.instruct4j.selfinstruct.parse.InstanceMarkers.Kind;
import io.instruct4j.selfinstruct.parse.InstanceMarkers.Marker;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns an instance reply into input/output pairs, following the reference's
 * prepare_for_finetuning.py parse logic, made robust to chat replies.
 *
 * <p>Input-first (generation tasks): the reply is split at "Example N" / "示例 N" headers; in
 * each example the text before "Output:"/"输出：" is the input (a leading "Input:"/"输入："
 * label removed, other field names such as "Sentence:" kept, as in the reference) and the text
 * after it is the output. Without headers, a new example starts at an "Input:" or "Output:"
 * that follows an output. An example with no "Output:" is all output (a no-input task), unless
 * it starts with "Input:", which means the output is missing.
 *
 * <p>Output-first (classification tasks): the reply is split at "Class label:"/"类别标签：";
 * the rest of the label's line is the output and the lines after it are the input.
 *
 * <p>A truncated reply loses its last example. Parsing does not filter; {@code InstanceCleaner}
 * applies the reference's clean-up rules afterwards.
 */
public final class InstanceParser {

  public static final String REASON_TRUNCATED = "truncated";
  public static final String REASON_PREAMBLE = "preamble";
  public static final String REASON_TRAILING = "trailing text";
  public static final String REASON_NO_OUTPUT = "input without output";
  public static final String REASON_NO_EXAMPLES = "no 'Example' header or 'Output:' label";
  public static final String REASON_NO_LABELS = "no 'Class label:' label";
  public static final String REASON_EMPTY_REPLY = "empty reply";
  public static final String REASON_REASONING = "reasoning block";

  private InstanceParser() {}

  /** Parses with the mode the task's classification flag selects. */
  public static ParsedInstances parse(String reply, boolean classification, boolean truncated) {
    return classification ? parseOutputFirst(reply, truncated) : parseInputFirst(reply, truncated);
  }

  /** Parses the answer after a reasoning model's think block, recording the block as dropped. */
  private static ParsedInstances withoutReasoning(String reply, boolean classification, boolean truncated) {
    Reasoning thinking = Reasoning.split(reply);
    ParsedInstances answer = classification
        ? parseOutputFirst(thinking.answer(), truncated) : parseInputFirst(thinking.answer(), truncated);
    List<Dropped> all = new ArrayList<>();
    if (!thinking.reasoning().isEmpty()) {
      all.add(new Dropped(thinking.reasoning(), REASON_REASONING));
    }
    all.addAll(answer.dropped());
    return new ParsedInstances(answer.instances(), all);
  }

  /** Parses an input-first reply ("Example 1 / …fields… / Output: …"). */
  public static ParsedInstances parseInputFirst(String reply, boolean truncated) {
    Objects.requireNonNull(reply, "reply");
    if (Reasoning.split(reply).present()) {
      return withoutReasoning(reply, false, truncated);
    }
    if (reply.isBlank()) {
      return new ParsedInstances(List.of(), List.of(new Dropped("", REASON_EMPTY_REPLY)));
    }
    ReplyEdges edges = ReplyEdges.of(reply);
    String text = InstanceMarkers.splitHeaderLines(edges.body());
    List<Marker> markers = InstanceMarkers.inputFirst(text);
    boolean headers = markers.stream().anyMatch(m -> m.kind() == Kind.HEADER);
    boolean outputs = markers.stream().anyMatch(m -> m.kind() == Kind.OUTPUT);
    if (!headers && !outputs) {
      return unparseable(reply, REASON_NO_EXAMPLES);
    }
    List<Dropped> dropped = new ArrayList<>();
    addIfText(dropped, edges.opening(), REASON_PREAMBLE);
    List<Piece> pieces = new ArrayList<>();
    Piece current = new Piece(0, false);
    pieces.add(current);
    for (Marker m : markers) {
      boolean split = m.kind() == Kind.HEADER
          || (current.outputStart >= 0 && (m.kind() == Kind.INPUT || m.kind() == Kind.OUTPUT));
      if (split) {
        current.end = m.start();
        current = new Piece(m.kind() == Kind.HEADER ? m.end() : m.start(), m.kind() == Kind.HEADER);
        pieces.add(current);
      }
      if (m.kind() == Kind.OUTPUT && current.outputStart < 0) {
        current.outputMarker = m.start();
        current.outputStart = m.end();
      }
    }
    current.end = text.length();
    List<Parsed> parsed = new ArrayList<>();
    for (Piece piece : pieces) {
      String raw = text.substring(piece.start, piece.end).strip();
      if (raw.isEmpty()) {
        continue; // a bare header line: nothing was written there
      }
      if (piece.outputStart < 0) {
        if (!piece.fromHeader) {
          boolean preamble = headers && piece == pieces.get(0);
          dropped.add(new Dropped(raw, preamble ? REASON_PREAMBLE : REASON_NO_OUTPUT));
        } else if (startsWithInput(raw)) {
          dropped.add(new Dropped(raw, REASON_NO_OUTPUT));
        } else {
          parsed.add(new Parsed(new Instance("", value(raw)), raw));
        }
        continue;
      }
      String input = stripInputLabel(text.substring(piece.start, piece.outputMarker));
      String output = value(text.substring(piece.outputStart, piece.end));
      parsed.add(new Parsed(new Instance(input, output), raw));
    }
    return finish(parsed, truncated, dropped, edges.closing());
  }

  /** Parses an output-first reply ("Class label: X / …input…"). */
  public static ParsedInstances parseOutputFirst(String reply, boolean truncated) {
    Objects.requireNonNull(reply, "reply");
    if (Reasoning.split(reply).present()) {
      return withoutReasoning(reply, true, truncated);
    }
    if (reply.isBlank()) {
      return new ParsedInstances(List.of(), List.of(new Dropped("", REASON_EMPTY_REPLY)));
    }
    ReplyEdges edges = ReplyEdges.of(reply);
    String text = InstanceMarkers.splitHeaderLines(edges.body());
    List<Marker> markers = InstanceMarkers.outputFirst(text);
    List<Marker> labels = markers.stream().filter(m -> m.kind() == Kind.LABEL).toList();
    if (labels.isEmpty()) {
      return unparseable(reply, REASON_NO_LABELS);
    }
    // Example headers are layout only here: blank them out so they join no input.
    StringBuilder body = new StringBuilder(text);
    for (Marker m : markers) {
      if (m.kind() == Kind.HEADER) {
        body.replace(m.start(), m.end(), " ".repeat(m.end() - m.start()));
      }
    }
    text = body.toString();
    List<Dropped> dropped = new ArrayList<>();
    addIfText(dropped, edges.opening(), REASON_PREAMBLE);
    addIfText(dropped, text.substring(0, labels.get(0).start()).strip(), REASON_PREAMBLE);
    List<Parsed> parsed = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      int end = i + 1 < labels.size() ? labels.get(i + 1).start() : text.length();
      String piece = text.substring(labels.get(i).end(), end);
      int newline = piece.indexOf('\n');
      String label = newline < 0 ? piece : piece.substring(0, newline);
      String input = newline < 0 ? "" : piece.substring(newline + 1);
      String raw = text.substring(labels.get(i).start(), end).strip();
      parsed.add(new Parsed(new Instance(stripInputLabel(input), value(label)), raw));
    }
    return finish(parsed, truncated, dropped, edges.closing());
  }

  private static ParsedInstances finish(List<Parsed> parsed, boolean truncated, List<Dropped> dropped, String closing) {
    addIfText(dropped, closing, REASON_TRAILING);
    List<Instance> instances = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      if (truncated && i == parsed.size() - 1) {
        dropped.add(new Dropped(parsed.get(i).raw, REASON_TRUNCATED));
      } else {
        instances.add(parsed.get(i).instance);
      }
    }
    return new ParsedInstances(instances, dropped);
  }

  private static ParsedInstances unparseable(String reply, String reason) {
    return new ParsedInstances(List.of(), List.of(new Dropped(reply.strip(), reason)));
  }

  private static boolean startsWithInput(String raw) {
    return InstanceMarkers.leadingInput(raw) > 0;
  }

  /** Removes one leading "Input:"/"输入：" label; other field names stay, as in the reference. */
  private static String stripInputLabel(String text) {
    String trimmed = text.strip();
    int end = InstanceMarkers.leadingInput(trimmed);
    return value(end > 0 ? trimmed.substring(end) : trimmed);
  }

  /** Trims a value and unwraps a one-line value set in bold ("**Positive**"). */
  private static String value(String text) {
    String v = text.strip();
    if (v.indexOf('\n') < 0 && (v.startsWith("**") || v.startsWith("__"))) {
      v = ReplyText.stripWrappers(v);
    }
    return v;
  }

  private static void addIfText(List<Dropped> dropped, String text, String reason) {
    if (!text.isBlank()) {
      dropped.add(new Dropped(text.strip(), reason));
    }
  }

  /** A stretch of the reply that holds one example. */
  private static final class Piece {
    final int start;
    final boolean fromHeader;
    int end;
    int outputMarker = -1;
    int outputStart = -1;

    Piece(int start, boolean fromHeader) {
      this.start = start;
      this.fromHeader = fromHeader;
    }
  }

  private record Parsed(Instance instance, String raw) {}
}
