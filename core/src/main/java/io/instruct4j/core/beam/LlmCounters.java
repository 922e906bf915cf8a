package io.instruct4j.core.beam;

import io.instruct4j.core.llm.ChatResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * Per-stage LLM accounting as Beam counters, so the numbers survive on any runner (the gateway's
 * in-JVM statistics would miss calls made in other Flink task managers).
 */
public final class LlmCounters {

  /** Counter namespace; counter names are {@code <stage>.<what>}. */
  public static final String NAMESPACE = "instruct4j.llm";
  /** The quantities counted for each stage, in report order. */
  public static final List<String> KINDS = List.of(
      "calls", "cache_hits", "retries", "failures", "truncated", "prompt_tokens", "completion_tokens",
      "cached_tokens");

  private LlmCounters() {}

  static void record(String stage, ChatResult r) {
    if (r.cached()) {
      inc(stage, "cache_hits", 1);
      // Tokens the work needed but nobody paid for this time; budgets count them so that a resumed
      // run stops exactly where an uninterrupted one would.
      inc(stage, "cached_tokens", (long) r.promptTokens() + r.completionTokens());
    } else {
      inc(stage, "calls", 1);
      inc(stage, "retries", r.retries());
      inc(stage, "prompt_tokens", r.promptTokens());
      inc(stage, "completion_tokens", r.completionTokens());
    }
    if (r.truncated()) {
      inc(stage, "truncated", 1);
    }
  }

  static void failure(String stage) {
    inc(stage, "failures", 1);
  }

  private static void inc(String stage, String what, long n) {
    if (n != 0) {
      Metrics.counter(NAMESPACE, stage + "." + what).inc(n);
    }
  }

  /** Reads the counters of a finished pipeline: stage → (kind → value), kinds in {@link #KINDS} order. */
  public static Map<String, Map<String, Long>> read(PipelineResult result) {
    MetricQueryResults metrics = result.metrics().queryMetrics(
        MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(NAMESPACE)).build());
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (MetricResult<Long> c : metrics.getCounters()) {
      String name = c.getName().getName();
      int dot = name.lastIndexOf('.');
      String stage = name.substring(0, dot);
      Map<String, Long> row = out.computeIfAbsent(stage, s -> zeroRow());
      row.merge(name.substring(dot + 1), attempted(c), Long::sum);
    }
    return out;
  }

  /** A row with every kind at zero, in report order. */
  public static Map<String, Long> zeroRow() {
    Map<String, Long> row = new LinkedHashMap<>();
    KINDS.forEach(k -> row.put(k, 0L));
    return row;
  }

  private static long attempted(MetricResult<Long> c) {
    // Committed values are not supported by every runner (Flink); attempted ones are.
    Long v = c.getAttempted();
    return v == null ? 0L : v;
  }
}
