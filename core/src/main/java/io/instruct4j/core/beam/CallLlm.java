package io.instruct4j.core.beam;

import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.llm.LlmClientFactory;
import io.instruct4j.core.record.DeadLetter;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Calls the model once per element (plus optional resamples) and splits replies from failures.
 *
 * <p>Many calls stay in flight per bundle (the gateway bounds them JVM-wide), so a 2-core machine
 * keeps the endpoint busy. A call that fails for good becomes a {@link DeadLetter}, never a null.
 *
 * @param <T> the work item
 */
public final class CallLlm<T> extends PTransform<PCollection<T>, LlmResult<T>> {

  private final String stage;
  private final LlmClientFactory llm;
  private final SerializableFunction<T, ChatCall> toCall;
  private final SerializableFunction<T, String> describe;
  private final SerializableFunction<ChatResult, Boolean> acceptable;
  private final int resamples;
  private final GenerationParams resampleParams;

  private CallLlm(String stage, LlmClientFactory llm, SerializableFunction<T, ChatCall> toCall,
      SerializableFunction<T, String> describe, SerializableFunction<ChatResult, Boolean> acceptable,
      int resamples, GenerationParams resampleParams) {
    this.stage = Objects.requireNonNull(stage, "stage");
    this.llm = Objects.requireNonNull(llm, "llm");
    this.toCall = Objects.requireNonNull(toCall, "toCall");
    this.describe = Objects.requireNonNull(describe, "describe");
    this.acceptable = acceptable;
    this.resamples = resamples;
    this.resampleParams = resampleParams;
    if (resamples < 0) {
      throw new IllegalArgumentException("resamples must be >= 0, got " + resamples);
    }
  }

  /** Calls the model for each element with the prompt {@code toCall} builds. */
  public static <T> CallLlm<T> of(String stage, LlmClientFactory llm, SerializableFunction<T, ChatCall> toCall) {
    return new CallLlm<>(stage, llm, toCall, String::valueOf, null, 0, null);
  }

  /** How a dead letter shows the element (default {@code String.valueOf}). */
  public CallLlm<T> withDescription(SerializableFunction<T, String> fn) {
    return new CallLlm<>(stage, llm, toCall, fn, acceptable, resamples, resampleParams);
  }

  /**
   * Asks again (next sample index, so a distinct cache entry) while {@code check} refuses the
   * reply, at most {@code extra} more times; the last reply is emitted either way, and the
   * caller's parser records it as a reject if it still cannot be used. Resamples use
   * {@code params} when given: a greedy (temperature 0) call asked again would only repeat itself.
   */
  public CallLlm<T> withResampling(SerializableFunction<ChatResult, Boolean> check, int extra,
      GenerationParams params) {
    return new CallLlm<>(stage, llm, toCall, describe, check, extra, params);
  }

  @Override
  public LlmResult<T> expand(PCollection<T> input) {
    TupleTag<KV<T, ChatResult>> replies = new TupleTag<>() {};
    TupleTag<DeadLetter> failures = new TupleTag<>() {};
    PCollectionTuple out = input.apply("Call " + stage,
        ParDo.of(new CallLlmFn<>(stage, llm, toCall, describe, acceptable, resamples, resampleParams, replies, failures))
            .withOutputTags(replies, TupleTagList.of(failures)));
    Coder<T> inCoder = input.getCoder();
    PCollection<KV<T, ChatResult>> ok = out.get(replies)
        .setCoder(KvCoder.of(inCoder, SerializableCoder.of(ChatResult.class)));
    PCollection<DeadLetter> dead = out.get(failures).setCoder(JsonCoder.of(DeadLetter.class));
    return new LlmResult<>(input.getPipeline(), ok, dead);
  }
}
