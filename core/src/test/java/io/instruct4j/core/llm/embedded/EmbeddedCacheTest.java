package io.instruct4j.core.llm.embedded;

import static io.instruct4j.core.llm.embedded.TinyModels.config;
import static io.instruct4j.core.llm.embedded.TinyModels.greedy;
import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.llm.LlmStats;
import io.instruct4j.testkit.gguf.TinyLlama;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The response cache in front of a local model: keyed by the file's content, never its name. */
class EmbeddedCacheTest {

  @TempDir
  Path dir;

  private LlmConfig cached(Path model) {
    return config(model).withCacheFile(dir.resolve("cache.db").toString());
  }

  private static long generations(LlmConfig config) {
    try (EmbeddedBackend backend = EmbeddedBackend.open(config)) {
      return backend.model().generations();
    }
  }

  @Test
  void should_answer_an_identical_call_from_the_cache_without_generating() {
    Path model = TinyModels.write(dir, 7);
    try (LlmGateway unit = LlmGateway.create(cached(model))) {
      ChatResult first = unit.chat(greedy("hello", 8));
      ChatResult second = unit.chat(greedy("hello", 8));

      assertThat(second).isEqualTo(first.asCached());
      assertThat(generations(cached(model))).isEqualTo(1);
      assertThat(unit.stats().get("test")).isEqualTo(new LlmStats(1, 1, 0, 0, 26, 8, 1));
    }
  }

  @Test
  void should_find_replies_again_after_a_restart() {
    Path model = TinyModels.write(dir, 7);
    ChatResult paid;
    try (LlmGateway unit = LlmGateway.create(cached(model))) {
      paid = unit.chat(greedy("hello", 8));
    }
    try (LlmGateway reopened = LlmGateway.create(cached(model))) {
      assertThat(reopened.chat(greedy("hello", 8))).isEqualTo(paid.asCached());
      assertThat(generations(cached(model))).isZero(); // a fresh load, and nothing generated on it
    }
  }

  @Test
  void should_never_serve_one_models_reply_for_another_under_the_same_file_name() throws IOException {
    Path slot = dir.resolve("model.gguf");
    TinyLlama.seeded(7).write(slot);
    ChatResult fromSeven;
    try (LlmGateway unit = LlmGateway.create(cached(slot))) {
      fromSeven = unit.chat(greedy("hello", 8));
    }
    TinyLlama.seeded(8).write(slot); // same name, same size, same header layout: other weights

    try (LlmGateway unit = LlmGateway.create(cached(slot))) {
      ChatResult fromEight = unit.chat(greedy("hello", 8));

      assertThat(fromEight.cached()).isFalse();
      assertThat(fromEight.promptHash()).isNotEqualTo(fromSeven.promptHash());
      assertThat(Files.size(slot)).isEqualTo(TinyLlama.seeded(7).toBytes().length);
    }
  }

  @Test
  void should_share_the_cache_with_a_renamed_copy_of_the_same_model() throws IOException {
    Path model = TinyModels.write(dir, 7);
    Path copy = Files.copy(model, dir.resolve("renamed.gguf"));
    ChatResult paid;
    try (LlmGateway unit = LlmGateway.create(cached(model))) {
      paid = unit.chat(greedy("hello", 8));
    }
    try (LlmGateway unit = LlmGateway.create(cached(copy))) {
      ChatResult again = unit.chat(greedy("hello", 8));

      assertThat(again.cached()).isTrue();
      assertThat(again.text()).isEqualTo(paid.text());
    }
  }

  @Test
  void should_identify_a_model_by_the_sha256_of_its_bytes() {
    // Pins the writer's output too: TinyLlama writes the same bytes on every JVM.
    Path model = TinyModels.write(dir, 7);

    assertThat(ModelIdentity.of(model))
        .isEqualTo("gguf-sha256:72758eab325b028f2ca0ae06fce1310f8095fb1319f44fa1069a40bdba13478d");
  }
}
