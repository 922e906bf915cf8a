package io.instruct4j.core.llm;

import java.util.concurrent.atomic.LongAdder;

/** The live counters behind one stage's {@link LlmStats}; updated from many threads. */
final class StageCounters {

  private final LongAdder calls = new LongAdder();
  private final LongAdder cacheHits = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final LongAdder promptTokens = new LongAdder();
  private final LongAdder completionTokens = new LongAdder();
  private final LongAdder truncated = new LongAdder();

  void httpCall() {
    calls.increment();
  }

  void cacheHit() {
    cacheHits.increment();
  }

  void retry() {
    retries.increment();
  }

  void failure() {
    failures.increment();
  }

  void fresh(ChatResult result) {
    promptTokens.add(result.promptTokens());
    completionTokens.add(result.completionTokens());
    if (result.truncated()) {
      truncated.increment();
    }
  }

  LlmStats snapshot() {
    return new LlmStats(calls.sum(), cacheHits.sum(), retries.sum(), failures.sum(),
        promptTokens.sum(), completionTokens.sum(), truncated.sum());
  }
}
