package io.instruct4j.core.beam;

import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.llm.LlmClient;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.llm.LlmException;
import io.instruct4j.core.record.DeadLetter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.joda.time.Instant;

/**
 * Sends each element's call without waiting for the reply, and emits replies when they arrive or
 * at the end of the bundle. Blocking one DoFn thread per call would cap a 2-core machine at a
 * handful of requests in flight; here the gateway's limit is the only cap.
 */
final class CallLlmFn<T> extends DoFn<T, KV<T, ChatResult>> {

  /** Bound on calls pending per bundle, so a huge bundle does not hold every reply in memory. */
  private static final int MAX_PENDING = 512;

  private final String stage;
  private final LlmClientFactory factory;
  private final SerializableFunction<T, ChatCall> toCall;
  private final SerializableFunction<T, String> describe;
  private final SerializableFunction<ChatResult, Boolean> acceptable;
  private final int resamples;
  private final GenerationParams resampleParams;
  private final TupleTag<KV<T, ChatResult>> replies;
  private final TupleTag<DeadLetter> failures;

  private transient LlmClient client;
  private transient Deque<Pending<T>> pending;

  CallLlmFn(String stage, LlmClientFactory factory, SerializableFunction<T, ChatCall> toCall,
      SerializableFunction<T, String> describe, SerializableFunction<ChatResult, Boolean> acceptable,
      int resamples, GenerationParams resampleParams, TupleTag<KV<T, ChatResult>> replies,
      TupleTag<DeadLetter> failures) {
    this.stage = stage;
    this.factory = factory;
    this.toCall = toCall;
    this.describe = describe;
    this.acceptable = acceptable;
    this.resamples = resamples;
    this.resampleParams = resampleParams;
    this.replies = replies;
    this.failures = failures;
  }

  private record Pending<T>(T element, CompletableFuture<List<ChatResult>> reply, Instant timestamp, BoundedWindow window) {}

  @Setup
  public void setup() {
    client = factory.open();
  }

  @StartBundle
  public void startBundle() {
    pending = new ArrayDeque<>();
  }

  @ProcessElement
  public void process(@Element T element, @Timestamp Instant timestamp, BoundedWindow window,
      MultiOutputReceiver out) {
    ChatCall call = toCall.apply(element);
    CompletableFuture<List<ChatResult>> reply = CompletableFuture.supplyAsync(() -> callWithResamples(call), LlmExecutor.get());
    pending.addLast(new Pending<>(element, reply, timestamp, window));
    // Emit what is already done (in order) and wait only when too much is outstanding.
    while (!pending.isEmpty() && (pending.peekFirst().reply().isDone() || pending.size() > MAX_PENDING)) {
      Outcome<T> o = resolve(pending.removeFirst());
      if (o.reply() != null) {
        out.get(replies).output(o.reply());
      } else {
        out.get(failures).output(o.failure());
      }
    }
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    while (!pending.isEmpty()) {
      Pending<T> p = pending.removeFirst();
      Outcome<T> o = resolve(p);
      if (o.reply() != null) {
        context.output(replies, o.reply(), p.timestamp(), p.window());
      } else {
        context.output(failures, o.failure(), p.timestamp(), p.window());
      }
    }
  }

  /** Every reply obtained, in order; the last one is the answer, the others are accounted for. */
  private List<ChatResult> callWithResamples(ChatCall call) {
    List<ChatResult> results = new ArrayList<>();
    ChatResult result = client.chat(call);
    results.add(result);
    for (int i = 1; i <= resamples && acceptable != null && !acceptable.apply(result); i++) {
      ChatCall again = call.withSampleIndex(call.sampleIndex() + i);
      if (resampleParams != null) {
        again = new ChatCall(again.stage(), again.messages(), resampleParams, again.sampleIndex());
      }
      result = client.chat(again);
      results.add(result);
    }
    return results;
  }

  /** Exactly one of the two is set. */
  private record Outcome<T>(KV<T, ChatResult> reply, DeadLetter failure) {}

  private Outcome<T> resolve(Pending<T> p) {
    try {
      List<ChatResult> results = p.reply().get();
      results.forEach(r -> LlmCounters.record(stage, r));
      return new Outcome<>(KV.of(p.element(), results.get(results.size() - 1)), null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      LlmCounters.failure(stage);
      String kind = cause instanceof LlmException le ? le.kind().wireName() : "internal_error";
      int attempts = cause instanceof LlmException le ? le.attempts() : 1;
      return new Outcome<>(null, new DeadLetter(stage, describe.apply(p.element()), kind,
          String.valueOf(cause.getMessage()), attempts));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + stage + " replies", e);
    }
  }
}
