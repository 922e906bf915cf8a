package io.instruct4j.selfkg.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** Beam counters of the Self-KG steps, so the summary's numbers hold on any runner. */
public final class SelfKgCounters {

  public static final String NAMESPACE = "instruct4j.selfkg";
  /** Entities grouped (one per head with facts). */
  public static final String ENTITIES = "entities";
  /** Second-hop facts attached to entities. */
  public static final String SECOND_HOP_FACTS = "second_hop_facts";
  /** Facts not written into a prompt because of the cap. */
  public static final String FACTS_LEFT_OUT = "facts_left_out";
  /** Template question–answer pairs made. */
  public static final String TEMPLATE_QUESTIONS = "template_questions";
  /** LLM prompts sent (one per entity). */
  public static final String PROMPTS = "prompts";
  /** Replies that held at least one pair. */
  public static final String REPLIES_WITH_PAIRS = "replies_with_pairs";
  /** Pairs parsed from replies. */
  public static final String PAIRS = "pairs";

  public static final List<String> ALL = List.of(ENTITIES, SECOND_HOP_FACTS, FACTS_LEFT_OUT, TEMPLATE_QUESTIONS,
      PROMPTS, REPLIES_WITH_PAIRS, PAIRS);

  private SelfKgCounters() {}

  static void inc(String name, long n) {
    if (n != 0) {
      Metrics.counter(NAMESPACE, name).inc(n);
    }
  }

  /** Every counter of a finished pipeline, zero when it never moved. */
  public static Map<String, Long> read(PipelineResult result) {
    Map<String, Long> out = new LinkedHashMap<>();
    ALL.forEach(n -> out.put(n, 0L));
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.inNamespace(NAMESPACE)).build()).getCounters()) {
      Long v = c.getAttempted(); // committed values are not supported by every runner (Flink)
      out.merge(c.getName().getName(), v == null ? 0L : v, Long::sum);
    }
    return out;
  }
}
