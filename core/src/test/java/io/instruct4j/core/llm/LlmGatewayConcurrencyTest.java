package io.instruct4j.core.llm;

import static io.instruct4j.core.llm.TestGateways.call;
import static io.instruct4j.core.llm.TestGateways.config;
import static io.instruct4j.core.llm.TestGateways.open;
import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.llm.LlmException.Kind;
import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReplies;
import io.instruct4j.testkit.FakeReply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits shared by concurrent callers, and identical calls in flight made once. */
class LlmGatewayConcurrencyTest {

  private final FakeOpenAiServer server = FakeOpenAiServer.start();
  private final ExecutorService pool = Executors.newFixedThreadPool(32);

  @AfterEach
  void stop() {
    pool.shutdownNow();
    server.close();
  }

  private <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
    List<Future<T>> futures = pool.invokeAll(tasks);
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(f.get());
    }
    return out;
  }

  @Test
  void should_keep_at_most_max_in_flight_requests_at_the_server(@TempDir Path dir) throws Exception {
    server.otherwise(r -> FakeReply.text("ok " + r.lastUserMessage()).delayedMillis(20));
    LlmConfig config = config(server).withLimits(4, 0, 0).withCacheFile(dir.resolve("c.db").toString());
    List<Callable<ChatResult>> tasks = new ArrayList<>();
    try (LlmGateway unit = open(config)) {
      for (int i = 0; i < 100; i++) {
        String prompt = "p" + i;
        tasks.add(() -> unit.chat(call(prompt)));
      }

      List<ChatResult> results = runAll(tasks);

      assertThat(results).extracting(ChatResult::text).hasSize(100).doesNotHaveDuplicates();
      assertThat(unit.stats().get("test").calls()).isEqualTo(100);
    }
    assertThat(server.requestCount()).isEqualTo(100);
    assertThat(server.maxInFlight()).isLessThanOrEqualTo(4).isGreaterThan(1);
  }

  @Test
  void should_rerun_concurrent_work_from_the_cache_without_requests(@TempDir Path dir) throws Exception {
    server.otherwise(r -> FakeReply.text("ok " + r.lastUserMessage()));
    LlmConfig config = config(server).withCacheFile(dir.resolve("c.db").toString());
    for (int run = 0; run < 2; run++) {
      try (LlmGateway unit = open(config)) {
        List<Callable<ChatResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
          String prompt = "p" + i;
          tasks.add(() -> unit.chat(call(prompt)));
        }
        List<ChatResult> results = runAll(tasks);

        boolean rerun = run == 1;
        assertThat(results).extracting(ChatResult::text).doesNotHaveDuplicates().contains("ok p31");
        assertThat(results).allMatch(r -> r.cached() == rerun);
      }
    }
    assertThat(server.requestCount()).isEqualTo(32);
  }

  @Test
  void should_pace_requests_per_minute() {
    server.otherwise(FakeReplies.echo(""));
    // 600 per minute: one request per 100 ms, so 6 requests span at least 500 ms
    try (LlmGateway unit = open(config(server).withLimits(8, 600, 0))) {
      long start = System.nanoTime();
      for (int i = 0; i < 6; i++) {
        unit.chat(call("p" + i));
      }
      assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(495);
    }
    assertThat(server.requestCount()).isEqualTo(6);
  }

  @Test
  void should_pace_tokens_per_minute_by_actual_usage() {
    server.otherwise(FakeReply.text("ok").withUsage(5, 5));
    // 6000 tokens per minute: 10 ms per token; each call settles at 10 tokens = 100 ms
    try (LlmGateway unit = open(config(server).withLimits(8, 0, 6000))) {
      long start = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        unit.chat(ChatCall.user("test", "p" + i, GenerationParams.of(0.7, 1.0, 10)));
      }
      assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(395);
      assertThat(unit.stats().get("test").promptTokens()).isEqualTo(25);
    }
  }

  @Test
  void should_make_one_request_for_identical_concurrent_calls() throws Exception {
    server.otherwise(FakeReply.text("shared").delayedMillis(400));
    try (LlmGateway unit = open(config(server))) {
      CountDownLatch go = new CountDownLatch(1);
      List<Callable<ChatResult>> tasks = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        tasks.add(() -> {
          go.await();
          return unit.chat(call("same prompt"));
        });
      }
      List<Future<ChatResult>> futures = new ArrayList<>();
      tasks.forEach(t -> futures.add(pool.submit(t)));
      go.countDown();
      List<ChatResult> results = new ArrayList<>();
      for (Future<ChatResult> f : futures) {
        results.add(f.get());
      }

      assertThat(results).extracting(ChatResult::text).containsOnly("shared");
      assertThat(results).filteredOn(r -> !r.cached()).hasSize(1);
      assertThat(unit.stats().get("test")).isEqualTo(new LlmStats(1, 4, 0, 0, 3, 2, 0));
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void should_share_a_failure_with_every_joined_caller() throws Exception {
    server.otherwise(FakeReply.badRequest("prompt too long").delayedMillis(400));
    try (LlmGateway unit = open(config(server))) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Kind>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        futures.add(pool.submit(() -> {
          go.await();
          try {
            unit.chat(call("same prompt"));
            return null;
          } catch (LlmException e) {
            return e.kind();
          }
        }));
      }
      go.countDown();
      for (Future<Kind> f : futures) {
        assertThat(f.get()).isEqualTo(Kind.BAD_REQUEST);
      }
      assertThat(unit.stats().get("test").failures()).isEqualTo(4);
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }
}
