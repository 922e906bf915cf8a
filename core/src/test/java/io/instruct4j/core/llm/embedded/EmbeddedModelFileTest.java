package io.instruct4j.core.llm.embedded;

import static io.instruct4j.core.llm.embedded.TinyModels.config;
import static io.instruct4j.core.llm.embedded.TinyModels.greedy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmException;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.testkit.gguf.GgufWriter;
import io.instruct4j.testkit.gguf.TinyLlama;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad llm.model_file fails at gateway start, naming the setting and the file; the JVM lives on. */
class EmbeddedModelFileTest {

  @TempDir
  Path dir;

  @Test
  void should_name_the_setting_when_no_model_file_is_set() {
    assertThatThrownBy(() -> LlmGateway.create(LlmConfig.embedded(null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("llm.model_file is not set: with llm.backend: embedded, point llm.model_file at a GGUF "
            + "model file (e.g. models/Qwen2.5-1.5B-Instruct-Q4_K_M.gguf)");
  }

  @Test
  void should_name_the_setting_and_the_absolute_path_of_a_missing_file() {
    Path missing = dir.resolve("nowhere.gguf");

    assertThatThrownBy(() -> LlmGateway.create(config(missing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("llm.model_file '" + missing.toAbsolutePath() + "' does not exist: download a GGUF model "
            + "there or point llm.model_file at one");
  }

  @Test
  void should_refuse_a_directory() {
    assertThatThrownBy(() -> LlmGateway.create(config(dir)))
        .hasMessage("llm.model_file '" + dir.toAbsolutePath() + "' is not a file: point it at a .gguf file");
  }

  @Test
  void should_refuse_random_bytes_before_llama_cpp_sees_them() throws IOException {
    byte[] noise = new byte[1 << 16];
    new Random(3).nextBytes(noise);
    Path file = Files.write(dir.resolve("noise.gguf"), noise);

    assertThatThrownBy(() -> LlmGateway.create(config(file)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("llm.model_file '" + file.toRealPath() + "' is not a usable GGUF model: it does "
            + "not start with the GGUF magic bytes");
  }

  @Test
  void should_refuse_a_truncated_download_and_close_the_cache_it_opened() throws IOException {
    byte[] model = TinyLlama.seeded(7).toBytes();
    Path file = Files.write(dir.resolve("partial.gguf"), Arrays.copyOf(model, model.length / 2));
    Path cache = dir.resolve("cache.db");

    assertThatThrownBy(() -> LlmGateway.create(config(file).withCacheFile(cache.toString())))
        .hasMessageContaining("is not a usable GGUF model: it is " + model.length / 2 + " bytes long but its "
            + "tensors need " + model.length + ": it is truncated");
    Files.delete(cache); // closed again, or the delete would leave a WAL behind on some systems
  }

  @Test
  void should_report_a_model_llama_cpp_refuses_as_a_non_retriable_failure_naming_the_file() throws IOException {
    Path file = new GgufWriter().string("general.architecture", "no-such-architecture")
        .uint32("no-such-architecture.context_length", 128).write(dir.resolve("odd.gguf"));

    LlmException e = catchThrowableOfType(LlmException.class, () -> LlmGateway.create(config(file)));

    assertThat(e.kind()).isEqualTo(LlmException.Kind.OTHER);
    assertThat(e.retriable()).isFalse();
    assertThat(e.getMessage()).startsWith("llama.cpp could not load llm.model_file '" + file.toRealPath()
        + "' (a GGUF v3 'no-such-architecture' model): ");
  }

  @Test
  void should_still_load_a_good_model_after_llama_cpp_refused_one() throws IOException {
    Path bad = new GgufWriter().string("general.architecture", "no-such-architecture").write(dir.resolve("bad.gguf"));
    assertThatThrownBy(() -> LlmGateway.create(config(bad))).isInstanceOf(LlmException.class);

    try (LlmGateway unit = LlmGateway.create(config(TinyModels.write(dir, 7)))) {
      assertThat(unit.chat(greedy("hello", 3)).completionTokens()).isEqualTo(3);
    }
  }
}
