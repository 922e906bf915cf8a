package io.instruct4j.core.beam;

import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.record.Reject;
import java.io.Serializable;

/**
 * Reads one model reply about one work item: what it yields goes to {@link Emitter#output}, what it
 * refuses to {@link Emitter#reject} with the reason. Beam ships it to workers inside a DoFn, hence
 * {@link Serializable}; it holds no Beam types, so a plain unit test can drive it.
 *
 * @param <T> the work item the model was asked about
 * @param <O> what a usable reply yields
 */
@FunctionalInterface
public interface ReplyHandler<T, O> extends Serializable {

  /** Emits the outputs and rejects of {@code reply}, the model's answer about {@code item}. */
  void handle(T item, ChatResult reply, Emitter<O> out);

  /** Where a handler sends what it made and what it refused. */
  interface Emitter<O> {

    void output(O value);

    void reject(Reject reject);
  }
}
