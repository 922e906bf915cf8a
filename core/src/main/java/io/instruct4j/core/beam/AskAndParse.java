package io.instruct4j.core.beam;

import io.instruct4j.core.record.Reject;
import java.util.Objects;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The shape of every generation step: ask the model about each element ({@link CallLlm}), then read
 * each reply with a {@link ReplyHandler}. Replies end as outputs and/or rejects, failed calls as
 * dead letters, so every element is accounted for.
 *
 * <p>The two sub-steps carry the caller's names (e.g. {@code AskForTasks}, {@code ParseAndFilter}),
 * so step names in the runner's UI say what the step asks, not that it is generic.
 *
 * @param <T> the work item
 * @param <O> what a usable reply yields
 */
public final class AskAndParse<T, O> extends PTransform<PCollection<T>, StepResult<O>> {

  private final String askName;
  private final CallLlm<T> ask;
  private final String parseName;
  private final ReplyHandler<T, O> handler;
  private final Class<O> outputType;

  private AskAndParse(String askName, CallLlm<T> ask, String parseName, ReplyHandler<T, O> handler,
      Class<O> outputType) {
    this.askName = requireName(askName, "askName");
    this.ask = Objects.requireNonNull(ask, "ask");
    this.parseName = requireName(parseName, "parseName");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.outputType = Objects.requireNonNull(outputType, "outputType");
  }

  /**
   * Applies {@code ask} as step {@code askName} and {@code handler} as step {@code parseName}; the
   * outputs are encoded as JSON of {@code outputType}.
   */
  public static <T, O> AskAndParse<T, O> of(String askName, CallLlm<T> ask, String parseName,
      ReplyHandler<T, O> handler, Class<O> outputType) {
    return new AskAndParse<>(askName, ask, parseName, handler, outputType);
  }

  @Override
  public StepResult<O> expand(PCollection<T> input) {
    LlmResult<T> replies = input.apply(askName, ask);
    TupleTag<O> outputs = new TupleTag<>() {};
    TupleTag<Reject> rejects = new TupleTag<>() {};
    PCollectionTuple parsed = replies.replies().apply(parseName,
        ParDo.of(new HandleRepliesFn<>(handler, outputs, rejects)).withOutputTags(outputs, TupleTagList.of(rejects)));
    return new StepResult<>(
        parsed.get(outputs).setCoder(JsonCoder.of(outputType)),
        parsed.get(rejects).setCoder(JsonCoder.of(Reject.class)),
        replies.failures());
  }

  private static String requireName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + " must name the step, got '" + name + "'");
    }
    return name;
  }
}
