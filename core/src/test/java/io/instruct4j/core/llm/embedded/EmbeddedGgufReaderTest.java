package io.instruct4j.core.llm.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.testkit.gguf.GgufWriter;
import io.instruct4j.testkit.gguf.TinyLlama;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java-side check of a GGUF file: what llama.cpp would only call "could not load model". */
class EmbeddedGgufReaderTest {

  @TempDir
  Path dir;

  private final byte[] tiny = TinyLlama.seeded(7).toBytes();

  private Path file(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("model.gguf"), bytes);
  }

  @Test
  void should_read_the_metadata_that_decides_token_counts() throws IOException {
    GgufFile unit = GgufFile.read(file(tiny));

    assertThat(unit.version()).isEqualTo(3);
    assertThat(unit.tensorCount()).isEqualTo(21);
    assertThat(unit.architecture()).isEqualTo("llama");
    assertThat(unit.trainedContext()).isEqualTo(512);
    assertThat(unit.addsBos()).isTrue();
    assertThat(unit.addedPromptTokens()).isEqualTo(1);
    assertThat(unit.metadata()).containsEntry("general.name", "tiny-llama-7")
        .containsEntry("llama.attention.head_count", 4L)
        .doesNotContainKey("tokenizer.ggml.tokens");
  }

  @Test
  void should_default_bos_by_tokenizer_when_the_file_does_not_say() throws IOException {
    Path gpt2 = Files.write(dir.resolve("gpt2.gguf"), new GgufWriter()
        .string("general.architecture", "gpt2").string("tokenizer.ggml.model", "gpt2").toBytes());
    Path spm = Files.write(dir.resolve("spm.gguf"), new GgufWriter()
        .string("general.architecture", "llama").string("tokenizer.ggml.model", "llama").toBytes());

    assertThat(GgufFile.read(gpt2).addsBos()).isFalse();
    assertThat(GgufFile.read(spm).addsBos()).isTrue();
  }

  @Test
  void should_reject_random_bytes_naming_the_setting_and_the_file() throws IOException {
    byte[] noise = new byte[4096];
    new Random(1).nextBytes(noise);
    Path path = file(noise);

    assertThatThrownBy(() -> GgufFile.read(path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("llm.model_file '" + path + "' is not a usable GGUF model: it does not "
            + "start with the GGUF magic bytes");
  }

  @Test
  void should_reject_an_empty_file() throws IOException {
    Path path = file(new byte[0]);

    assertThatThrownBy(() -> GgufFile.read(path))
        .hasMessage("llm.model_file '" + path + "' is not a usable GGUF model: it is 0 bytes long, too "
            + "short for a GGUF header");
  }

  @Test
  void should_reject_a_file_cut_inside_its_metadata() throws IOException {
    Path path = file(Arrays.copyOf(tiny, 3000));

    assertThatThrownBy(() -> GgufFile.read(path))
        .hasMessageContaining("is not a usable GGUF model: ")
        .hasMessageContaining("but the file ends at byte 3000: it is truncated (an interrupted download?)");
  }

  @Test
  void should_reject_a_file_cut_inside_its_tensor_data_with_both_lengths() throws IOException {
    Path path = file(Arrays.copyOf(tiny, tiny.length - 1000));

    assertThatThrownBy(() -> GgufFile.read(path))
        .hasMessage("llm.model_file '" + path + "' is not a usable GGUF model: it is " + (tiny.length - 1000)
            + " bytes long but its tensors need " + tiny.length
            + ": it is truncated (an interrupted download?); download it again");
  }

  @Test
  void should_reject_an_unknown_format_version() throws IOException {
    byte[] bytes = tiny.clone();
    bytes[4] = 9;
    Path path = file(bytes);

    assertThatThrownBy(() -> GgufFile.read(path))
        .hasMessageEndingWith("it is GGUF version 9, and llama.cpp reads versions 2 and 3");
  }

  @Test
  void should_reject_a_damaged_count_before_allocating_for_it() throws IOException {
    byte[] bytes = tiny.clone();
    bytes[16 + 7] = 0x7f; // the metadata key count's high byte
    Path path = file(bytes);

    assertThatThrownBy(() -> GgufFile.read(path))
        .hasMessageEndingWith("its metadata key count is 9151314442816847894, more than the file could "
            + "hold: the header is damaged");
  }
}
