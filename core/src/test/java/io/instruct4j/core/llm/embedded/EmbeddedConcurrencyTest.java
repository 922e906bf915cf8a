package io.instruct4j.core.llm.embedded;

import static io.instruct4j.core.llm.embedded.TinyModels.config;
import static io.instruct4j.core.llm.embedded.TinyModels.greedy;
import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.FinishReason;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.llm.LlmStats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many threads on one loaded model: serialized generations, every caller answered. */
class EmbeddedConcurrencyTest {

  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 4;

  @TempDir
  Path dir;

  @AfterEach
  void closeShared() {
    LlmGateway.closeShared();
  }

  @Test
  void should_answer_every_thread_from_one_shared_model() throws Exception {
    Path model = TinyModels.write(dir, 7);
    LlmGateway unit = LlmGateway.shared(config(model));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<ChatResult>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          List<ChatResult> replies = new ArrayList<>();
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            replies.add(unit.chat(greedy("question " + thread + " of " + i, 6)));
          }
          return replies;
        }));
      }
      List<ChatResult> all = new ArrayList<>();
      for (Future<List<ChatResult>> f : futures) {
        all.addAll(f.get());
      }

      assertThat(all).hasSize(THREADS * CALLS_PER_THREAD)
          .allSatisfy(r -> {
            assertThat(r.text()).isNotBlank();
            assertThat(r.finishReason()).isEqualTo(FinishReason.LENGTH);
            assertThat(r.completionTokens()).isEqualTo(6);
          });
      LlmStats stats = unit.stats().get("test");
      assertThat(stats.calls()).isEqualTo(THREADS * CALLS_PER_THREAD);
      assertThat(stats.failures()).isZero();
      assertThat(stats.completionTokens()).isEqualTo(6L * THREADS * CALLS_PER_THREAD);
      try (EmbeddedBackend joined = EmbeddedBackend.open(config(model))) {
        assertThat(joined.model().generations()).isEqualTo(THREADS * CALLS_PER_THREAD);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void should_give_a_prompt_the_same_reply_alone_and_under_load() throws Exception {
    Path model = TinyModels.write(dir, 7);
    LlmGateway unit = LlmGateway.shared(config(model));
    String alone = unit.chat(greedy("the one to compare", 10)).text();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        // Distinct prompts, so single-flight does not merge them and every one is generated.
        futures.add(pool.submit(() -> unit.chat(greedy("other prompt " + thread, 10)).text()));
        futures.add(pool.submit(() -> unit.chat(greedy("the one to compare", 10 + thread + 1)).text()));
      }
      for (int t = 0; t < futures.size(); t += 2) {
        futures.get(t).get();
        assertThat(futures.get(t + 1).get()).startsWith(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
