package io.instruct4j.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CacheKeyTest {

  private static final ChatCall CALL = ChatCall.user("stage", "hi", GenerationParams.of(0.7, 1.0, 64));

  @Test
  void should_write_a_canonical_json_with_sorted_keys_and_no_unset_params() {
    assertThat(CacheKey.canonicalJson("m", CALL)).isEqualTo("{\"messages\":[{\"content\":\"hi\","
        + "\"role\":\"user\"}],\"model\":\"m\",\"params\":{\"max_tokens\":64,\"stop\":[],"
        + "\"temperature\":0.7,\"top_p\":1.0},\"sample_index\":0,\"v\":1}");
  }

  @Test
  void should_hash_to_a_stable_golden_value() {
    // sha256 of the canonical JSON above, computed independently (Python hashlib)
    assertThat(CacheKey.of("m", CALL))
        .isEqualTo("11ec8574b5cca1b0f92d4ada165148238eefe8ce3cf7ae1eb0e6dc3626dde1a8");
  }

  @Test
  void should_ignore_the_stage_but_not_model_messages_params_or_sample() {
    String base = CacheKey.of("m", CALL);

    assertThat(CacheKey.of("m", ChatCall.user("other stage", "hi", CALL.params()))).isEqualTo(base);
    assertThat(CacheKey.of("m2", CALL)).isNotEqualTo(base);
    assertThat(CacheKey.of("m", ChatCall.user("stage", "hi!", CALL.params()))).isNotEqualTo(base);
    assertThat(CacheKey.of("m", ChatCall.user("stage", "hi", GenerationParams.of(0.8, 1.0, 64))))
        .isNotEqualTo(base);
    assertThat(CacheKey.of("m", ChatCall.user("stage", "hi", CALL.params().withStop(List.of("x")))))
        .isNotEqualTo(base);
    assertThat(CacheKey.of("m", CALL.withSampleIndex(1))).isNotEqualTo(base);
    assertThat(CacheKey.of("m", new ChatCall("stage", List.of(ChatMessage.system("hi")), CALL.params(), 0)))
        .isNotEqualTo(base);
  }
}
