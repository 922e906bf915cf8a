package io.instruct4j.testkit;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A catalogue of computed replies for rules and fallbacks. */
public final class FakeReplies {

  private FakeReplies() {}

  /** The replies in order, then the last one for every later request. */
  public static Function<FakeRequest, FakeReply> sequence(FakeReply... replies) {
    if (replies.length == 0) {
      throw new IllegalArgumentException("a sequence needs at least one reply");
    }
    List<FakeReply> list = List.of(replies);
    AtomicInteger next = new AtomicInteger();
    return r -> list.get(Math.min(next.getAndIncrement(), list.size() - 1));
  }

  /** {@code n} times the fault, then the success for every later request. */
  public static Function<FakeRequest, FakeReply> failTimesThen(int n, FakeReply fault, FakeReply success) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    AtomicInteger seen = new AtomicInteger();
    return r -> seen.getAndIncrement() < n ? fault : success;
  }

  /** Replies with the prefix followed by the last user message. */
  public static Function<FakeRequest, FakeReply> echo(String prefix) {
    return r -> FakeReply.text(prefix + r.lastUserMessage());
  }

  /** The same reply every time. */
  public static Function<FakeRequest, FakeReply> always(FakeReply reply) {
    return r -> reply;
  }
}
