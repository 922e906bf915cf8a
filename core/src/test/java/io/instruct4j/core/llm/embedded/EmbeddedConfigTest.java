package io.instruct4j.core.llm.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code llm:} keys of the embedded backend: parsed snake_case, defaulted, validated. */
class EmbeddedConfigTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir
  Path dir;

  @Test
  void should_read_the_embedded_keys_from_yaml() throws Exception {
    LlmConfig unit = YAML.readValue("""
        backend: embedded
        model_file: models/qwen.gguf
        context_size: 8192
        threads: 6
        gpu_layers: 20
        """, LlmConfig.class);

    assertThat(unit.usesEmbeddedModel()).isTrue();
    assertThat(unit.modelFile()).isEqualTo("models/qwen.gguf");
    assertThat(unit.contextSize()).isEqualTo(8192);
    assertThat(unit.threads()).isEqualTo(6);
    assertThat(unit.gpuLayers()).isEqualTo(20);
  }

  @Test
  void should_default_to_the_http_endpoint_and_a_4096_token_context() throws Exception {
    LlmConfig unit = YAML.readValue("base_url: http://localhost:8000/v1\nmodel: m\n", LlmConfig.class);

    assertThat(unit.backend()).isEqualTo("openai");
    assertThat(unit.usesEmbeddedModel()).isFalse();
    assertThat(unit.contextSize()).isEqualTo(4096);
    assertThat(unit.threads()).isZero();
    assertThat(unit.gpuLayers()).isZero();
    assertThat(unit.modelFile()).isNull();
  }

  @Test
  void should_refuse_an_unknown_backend_naming_the_choices() {
    assertThatThrownBy(() -> YAML.readValue("backend: ollama\n", LlmConfig.class))
        .rootCause()
        .hasMessage("llm.backend must be 'openai' (an HTTP endpoint) or 'embedded' (a local GGUF model file), "
            + "got 'ollama'");
  }

  @Test
  void should_refuse_a_negative_context_size() {
    assertThatThrownBy(() -> LlmConfig.embedded("m.gguf").withEmbeddedSettings(-1, 0, 0))
        .hasMessage("llm.context_size must be at least 0, got -1");
  }

  @Test
  void should_need_no_endpoint_or_model_name_for_the_embedded_backend() {
    Path model = TinyModels.write(dir, 7);

    assertThat(LlmConfig.embedded(model.toString()).validated().baseUrl()).isNull();
    assertThat(LlmGateway.factory(LlmConfig.embedded(model.toString()))).isNotNull();
  }

  @Test
  void should_keep_the_endpoint_rules_for_the_openai_backend() {
    assertThatThrownBy(() -> LlmConfig.of(null, "m").validated()).hasMessageStartingWith("llm.base_url is not set");
  }

  @Test
  void should_name_the_model_by_its_file_for_the_embedded_backend() {
    assertThat(LlmConfig.embedded("models/qwen2.5-1.5b-instruct-q4_k_m.gguf").modelName())
        .isEqualTo("qwen2.5-1.5b-instruct-q4_k_m.gguf");
    assertThat(LlmConfig.of("http://localhost:8000/v1", "Qwen/Qwen2.5-7B-Instruct").modelName())
        .isEqualTo("Qwen/Qwen2.5-7B-Instruct");
  }
}
