package io.instruct4j.pipelines.report;

import io.instruct4j.core.record.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The first {@code n} examples of each method by id. Ids are content hashes, so "first by id" is
 * a fixed pseudo-random pick: the same examples in every report of the same data, without
 * favouring any source file or round. Holds at most {@code n} examples per method.
 */
final class SampleCollector implements Consumer<Example> {

  private final int perMethod;
  private final Map<String, TreeMap<String, Example>> byMethod = new TreeMap<>();

  SampleCollector(int perMethod) {
    if (perMethod < 1) {
      throw new IllegalArgumentException("samples per method must be at least 1, got " + perMethod);
    }
    this.perMethod = perMethod;
  }

  @Override
  public void accept(Example e) {
    String method = e.method() == null ? "unknown" : e.method().wireName();
    TreeMap<String, Example> kept = byMethod.computeIfAbsent(method, m -> new TreeMap<>());
    kept.putIfAbsent(e.id(), e);
    if (kept.size() > perMethod) {
      kept.pollLastEntry();
    }
  }

  /** Method (wire name) → its samples in id order; methods in name order. */
  Map<String, List<Example>> samples() {
    Map<String, List<Example>> out = new TreeMap<>();
    byMethod.forEach((m, kept) -> out.put(m, List.copyOf(kept.values())));
    return out;
  }

  List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    samples().forEach((method, examples) -> {
      out.add(new Block.Heading(3, method));
      for (Example e : examples) {
        out.add(new Block.Preformatted(e.id() + " (" + method + ", " + e.language() + ")", text(e)));
      }
    });
    return out;
  }

  static String text(Example e) {
    StringBuilder b = new StringBuilder("Instruction: ").append(e.instruction());
    if (!e.input().isEmpty()) {
      b.append("\nInput: ").append(e.input());
    }
    return b.append("\nOutput: ").append(e.output()).toString();
  }
}
