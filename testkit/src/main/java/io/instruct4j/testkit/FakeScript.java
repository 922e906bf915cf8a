package io.instruct4j.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Decides the reply to each request, in this order: the next queued reply (FIFO), else the first
 * rule whose predicate matches, else the fallback. The default fallback answers 400 "no reply
 * scripted", which fails fast instead of letting a client retry into a confusing timeout.
 */
final class FakeScript {

  private record Rule(Predicate<FakeRequest> when, Function<FakeRequest, FakeReply> reply) {}

  private static final Function<FakeRequest, FakeReply> UNSCRIPTED = r -> FakeReply.error(400,
      "invalid_request_error", "fake_unscripted",
      "FakeOpenAiServer has no reply scripted for request #" + r.index()
          + " (last user message: " + abbreviate(r.lastUserMessage()) + ")");

  private final Deque<FakeReply> queue = new ArrayDeque<>();
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private volatile Function<FakeRequest, FakeReply> fallback = UNSCRIPTED;

  synchronized void enqueue(List<FakeReply> replies) {
    replies.forEach(r -> queue.addLast(Objects.requireNonNull(r, "reply")));
  }

  void rule(Predicate<FakeRequest> when, Function<FakeRequest, FakeReply> reply) {
    rules.add(new Rule(Objects.requireNonNull(when, "when"), Objects.requireNonNull(reply, "reply")));
  }

  void fallback(Function<FakeRequest, FakeReply> reply) {
    fallback = Objects.requireNonNull(reply, "reply");
  }

  synchronized int queued() {
    return queue.size();
  }

  synchronized void clear() {
    queue.clear();
    rules.clear();
    fallback = UNSCRIPTED;
  }

  FakeReply next(FakeRequest request) {
    synchronized (this) {
      FakeReply queued = queue.pollFirst();
      if (queued != null) {
        return queued;
      }
    }
    for (Rule rule : rules) {
      if (rule.when().test(request)) {
        return Objects.requireNonNull(rule.reply().apply(request), "a rule returned a null reply");
      }
    }
    return Objects.requireNonNull(fallback.apply(request), "the fallback returned a null reply");
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
