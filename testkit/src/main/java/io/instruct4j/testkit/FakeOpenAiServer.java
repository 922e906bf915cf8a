package io.instruct4j.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An in-process OpenAI-compatible server over real HTTP on loopback, scripted by tests: canned and
 * computed replies, rules on request content, and faults (delays, 429 with Retry-After, 4xx/5xx
 * with OpenAI error bodies, dropped connections, malformed bodies, empty choices). It records every
 * request and the most requests it saw in flight at once.
 *
 * <p>Serves {@code POST /v1/chat/completions} and {@code GET /v1/models}; any other path gets an
 * OpenAI-style 404 "Invalid URL", as a real endpoint does when the base URL is wrong.
 */
public final class FakeOpenAiServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final FakeHandler handler = new FakeHandler();
  private final FakeScript script = handler.script;
  private final List<FakeRequest> requests = handler.requests;

  private FakeOpenAiServer(int threads) throws IOException {
    AtomicInteger n = new AtomicInteger();
    // Enough handler threads that the fake never limits concurrency itself: a delayed reply
    // holds its thread for the whole delay.
    this.executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "fake-openai-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
  }

  /** Starts a server on a free loopback port with 64 handler threads. */
  public static FakeOpenAiServer start() {
    try {
      return new FakeOpenAiServer(64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start FakeOpenAiServer on loopback", e);
    }
  }

  /** The OpenAI-style base URL, e.g. {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Queues replies answered in order before any rule or fallback. */
  public FakeOpenAiServer enqueue(FakeReply... replies) {
    script.enqueue(Arrays.asList(replies));
    return this;
  }

  /** Queues {@code n} copies of the fault followed by the success. */
  public FakeOpenAiServer failTimesThen(int n, FakeReply fault, FakeReply success) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    List<FakeReply> replies = new ArrayList<>(Collections.nCopies(n, fault));
    replies.add(success);
    script.enqueue(replies);
    return this;
  }

  /** When the queue is empty, answers matching requests with the reply (rules tried in order). */
  public FakeOpenAiServer when(Predicate<FakeRequest> condition, FakeReply reply) {
    return when(condition, r -> reply);
  }

  /** When the queue is empty, answers matching requests with a computed reply. */
  public FakeOpenAiServer when(Predicate<FakeRequest> condition, Function<FakeRequest, FakeReply> reply) {
    script.rule(condition, reply);
    return this;
  }

  /** Answers every request no queued reply or rule took. */
  public FakeOpenAiServer otherwise(Function<FakeRequest, FakeReply> reply) {
    script.fallback(reply);
    return this;
  }

  public FakeOpenAiServer otherwise(FakeReply reply) {
    return otherwise(r -> reply);
  }

  /** The model ids GET /v1/models lists (default {@code fake-model}). */
  public FakeOpenAiServer models(String... ids) {
    handler.models = List.of(ids);
    return this;
  }

  /** Every request except GET /v1/models, in arrival order. */
  public List<FakeRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public int requestCount() {
    synchronized (requests) {
      return requests.size();
    }
  }

  public FakeRequest lastRequest() {
    synchronized (requests) {
      if (requests.isEmpty()) {
        throw new IllegalStateException("FakeOpenAiServer has received no request yet");
      }
      return requests.get(requests.size() - 1);
    }
  }

  /** Replies still queued, not yet served. */
  public int queuedReplies() {
    return script.queued();
  }

  /** The most chat requests being handled at the same moment since start or reset. */
  public int maxInFlight() {
    return handler.maxInFlight.get();
  }

  /** Forgets the script, the recorded requests and the in-flight maximum. */
  public void reset() {
    script.clear();
    synchronized (requests) {
      requests.clear();
    }
    handler.maxInFlight.set(0);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
