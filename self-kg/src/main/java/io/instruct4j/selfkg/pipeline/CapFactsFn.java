package io.instruct4j.selfkg.pipeline;

import org.apache.beam.sdk.transforms.DoFn;

/** Own facts first, then second-hop facts, each sorted; the first {@code max} go into the prompt. */
final class CapFactsFn extends DoFn<FactGroup, PromptRequest> {

  private final int max;

  CapFactsFn(int max) {
    this.max = max;
  }

  @ProcessElement
  public void process(@Element FactGroup group, OutputReceiver<PromptRequest> out) {
    int leftOut = group.leftOut(max);
    SelfKgCounters.inc(SelfKgCounters.FACTS_LEFT_OUT, leftOut);
    SelfKgCounters.inc(SelfKgCounters.PROMPTS, 1);
    out.output(new PromptRequest(group.entity(), group.firstFacts(max), leftOut));
  }
}
