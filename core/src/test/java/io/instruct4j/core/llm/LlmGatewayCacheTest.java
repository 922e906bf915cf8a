package io.instruct4j.core.llm;

import static io.instruct4j.core.llm.TestGateways.KEY;
import static io.instruct4j.core.llm.TestGateways.call;
import static io.instruct4j.core.llm.TestGateways.config;
import static io.instruct4j.core.llm.TestGateways.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReplies;
import io.instruct4j.testkit.FakeReply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent response cache: pay once, resume after a kill, never store failures or keys. */
class LlmGatewayCacheTest {

  private final FakeOpenAiServer server = FakeOpenAiServer.start();

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    server.close();
  }

  private LlmConfig cached() {
    return config(server).withCacheFile(dir.resolve("cache.db").toString());
  }

  @Test
  void should_answer_an_identical_call_from_the_cache() {
    server.otherwise(FakeReplies.echo("re: "));
    try (LlmGateway unit = open(cached())) {
      ChatResult first = unit.chat(call("hello"));
      ChatResult second = unit.chat(call("hello"));

      assertThat(first.cached()).isFalse();
      assertThat(first.attempts()).isEqualTo(1);
      assertThat(second).isEqualTo(first.asCached());
      assertThat(second.promptHash()).isEqualTo(CacheKey.of("fake-model", call("hello")));
      // "hello" is 2 prompt tokens and "re: hello" 3 completion tokens, as the fake counts
      assertThat(unit.stats().get("test")).isEqualTo(new LlmStats(1, 1, 0, 0, 2, 3, 0));
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void should_keep_sample_indexes_apart() {
    server.otherwise(FakeReplies.sequence(FakeReply.text("sample a"), FakeReply.text("sample b")));
    try (LlmGateway unit = open(cached())) {
      ChatResult a = unit.chat(call("hello").withSampleIndex(0));
      ChatResult b = unit.chat(call("hello").withSampleIndex(1));
      ChatResult againA = unit.chat(call("hello").withSampleIndex(0));
      ChatResult againB = unit.chat(call("hello").withSampleIndex(1));

      assertThat(a.promptHash()).isNotEqualTo(b.promptHash());
      assertThat(List.of(a.text(), b.text(), againA.text(), againB.text()))
          .containsExactly("sample a", "sample b", "sample a", "sample b");
    }
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void should_cache_a_truncated_reply_with_its_flag_and_usage() {
    server.enqueue(FakeReply.truncated("cut").withUsage(3, 64));
    try (LlmGateway unit = open(cached())) {
      unit.chat(call("long story"));
    }
    try (LlmGateway reopened = open(cached())) {
      ChatResult again = reopened.chat(call("long story"));

      assertThat(again).isEqualTo(new ChatResult("cut", FinishReason.LENGTH, 3, 64, "fake-model",
          true, 0, CacheKey.of("fake-model", call("long story"))));
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void should_share_entries_across_base_urls_and_keys() {
    server.enqueue(FakeReply.text("paid once"));
    try (LlmGateway unit = open(cached())) {
      unit.chat(call("hello"));
    }
    try (FakeOpenAiServer other = FakeOpenAiServer.start();
        LlmGateway elsewhere = open(cached().withBaseUrl(other.baseUrl()), java.util.Map.of())) {
      assertThat(elsewhere.chat(call("hello")).text()).isEqualTo("paid once");
      assertThat(other.requestCount()).isZero();
    }
  }

  @Test
  void should_pay_only_for_unfinished_calls_after_a_kill() {
    int n = 10;
    int k = 6;
    server.enqueue(replies(k));
    server.otherwise(FakeReply.drop()); // the rest never finish, as if the process died mid-way
    LlmGateway killed = open(cached().withRetries(0, 5));
    List<ChatResult> finished = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      try {
        finished.add(killed.chat(call("prompt " + i)));
      } catch (LlmException e) {
        // the calls in flight when the process died
      }
    }
    assertThat(finished).hasSize(k);
    // No close(): a killed process runs no cleanup. The new gateway opens the file as it was left.
    server.reset();
    server.otherwise(FakeReplies.echo("late "));

    List<String> texts = new ArrayList<>();
    try (LlmGateway resumed = open(cached())) {
      for (int i = 0; i < n; i++) {
        texts.add(resumed.chat(call("prompt " + i)).text());
      }
      assertThat(resumed.stats().get("test").cacheHits()).isEqualTo(k);
    } finally {
      killed.close();
    }
    assertThat(server.requestCount()).isEqualTo(n - k);
    assertThat(texts).containsExactly("reply 0", "reply 1", "reply 2", "reply 3", "reply 4",
        "reply 5", "late prompt 6", "late prompt 7", "late prompt 8", "late prompt 9");
  }

  @Test
  void should_fail_naming_a_corrupt_cache_file_and_its_setting() throws Exception {
    Path file = Files.write(dir.resolve("cache.db"),
        "this is not a database, it is a text file".repeat(100).getBytes(StandardCharsets.UTF_8));

    LlmException e = catchThrowableOfType(LlmException.class, () -> open(cached()));

    assertThat(e.getMessage()).startsWith("cannot open the LLM response cache '" + file
        + "' (llm.cache_file): ").contains("move it aside");
  }

  @Test
  void should_never_write_the_key_into_the_cache() throws Exception {
    server.otherwise(FakeReplies.echo(""));
    try (LlmGateway unit = open(cached())) {
      unit.chat(call("hello"));
      assertThat(bytesOfCacheFiles()).doesNotContain(KEY).contains("hello");
    }
    assertThat(bytesOfCacheFiles()).doesNotContain(KEY).contains("hello");
  }

  private String bytesOfCacheFiles() throws Exception {
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        all.append(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }

  private static FakeReply[] replies(int count) {
    FakeReply[] out = new FakeReply[count];
    for (int i = 0; i < count; i++) {
      out[i] = FakeReply.text("reply " + i);
    }
    return out;
  }
}
