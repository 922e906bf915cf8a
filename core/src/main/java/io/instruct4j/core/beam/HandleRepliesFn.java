package io.instruct4j.core.beam;

import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.record.Reject;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/** Runs a {@link ReplyHandler} on each reply, routing its outputs and rejects to their tags. */
final class HandleRepliesFn<T, O> extends DoFn<KV<T, ChatResult>, O> {

  private final ReplyHandler<T, O> handler;
  private final TupleTag<O> outputs;
  private final TupleTag<Reject> rejects;

  HandleRepliesFn(ReplyHandler<T, O> handler, TupleTag<O> outputs, TupleTag<Reject> rejects) {
    this.handler = handler;
    this.outputs = outputs;
    this.rejects = rejects;
  }

  @ProcessElement
  public void process(@Element KV<T, ChatResult> reply, MultiOutputReceiver out) {
    handler.handle(reply.getKey(), reply.getValue(), new ReplyHandler.Emitter<>() {
      @Override
      public void output(O value) {
        out.get(outputs).output(value);
      }

      @Override
      public void reject(Reject reject) {
        out.get(rejects).output(reject);
      }
    });
  }
}
