package io.instruct4j.core.llm.embedded;

import static io.instruct4j.core.llm.embedded.TinyModels.config;
import static io.instruct4j.core.llm.embedded.TinyModels.greedy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.instruct4j.core.llm.ChatCall;
import io.instruct4j.core.llm.ChatMessage;
import io.instruct4j.core.llm.ChatResult;
import io.instruct4j.core.llm.FinishReason;
import io.instruct4j.core.llm.GenerationParams;
import io.instruct4j.core.llm.LlmException;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.llm.LlmStats;
import io.instruct4j.testkit.gguf.TinyLlama;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real GGUF model run in-process: template, sampling params, finish reasons, token counts. */
class EmbeddedGenerationTest {

  @TempDir
  static Path dir;

  private static Path model;
  private static LlmGateway unit;

  @BeforeAll
  static void load() {
    model = TinyModels.write(dir, 7);
    unit = LlmGateway.create(config(model));
  }

  @AfterAll
  static void close() {
    unit.close();
  }

  @Test
  void should_generate_the_same_greedy_reply_twice_and_report_the_file_as_model() {
    ChatResult first = unit.chat(greedy("hello", 12));
    ChatResult second = unit.chat(greedy("hello", 12));

    assertThat(first.text()).isNotBlank().isEqualTo(second.text());
    assertThat(first.model()).isEqualTo("tiny-7.gguf");
    assertThat(first.cached()).isFalse();
    assertThat(first.attempts()).isEqualTo(1);
  }

  @Test
  void should_repeat_a_seeded_sample_and_vary_with_the_seed() {
    GenerationParams seeded = new GenerationParams(1.5, 1.0, 24, null, 42);
    String a = unit.chat(ChatCall.user("test", "tell me a story", seeded)).text();
    String b = unit.chat(ChatCall.user("test", "tell me a story", seeded)).text();
    String other = unit.chat(ChatCall.user("test", "tell me a story",
        new GenerationParams(1.5, 1.0, 24, null, 7))).text();

    assertThat(a).isEqualTo(b).isNotEqualTo(other);
  }

  @Test
  void should_stop_at_max_tokens_with_finish_length_and_exact_token_counts() {
    ChatResult reply = unit.chat(greedy("hello", 12));

    assertThat(reply.finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(reply.truncated()).isTrue();
    // <s> + "<|im_start|>user\nhello<|im_end|>\n<|im_start|>assistant\n" in the tiny vocabulary
    assertThat(reply.promptTokens()).isEqualTo(26);
    assertThat(reply.completionTokens()).isEqualTo(12);
  }

  @Test
  void should_apply_the_models_chat_template_to_every_role() {
    ChatCall call = new ChatCall("test", List.of(ChatMessage.system("be brief"), ChatMessage.user("hello"),
        ChatMessage.assistant("hi"), ChatMessage.user("hello")), new GenerationParams(0.0, null, 4, null, null), 0);

    String chatMl = "<|im_start|>system\nbe brief<|im_end|>\n<|im_start|>user\nhello<|im_end|>\n"
        + "<|im_start|>assistant\nhi<|im_end|>\n<|im_start|>user\nhello<|im_end|>\n<|im_start|>assistant\n";
    try (EmbeddedBackend backend = EmbeddedBackend.open(config(model))) {
      assertThat(unit.chat(call).promptTokens()).isEqualTo(backend.model().promptTokens(chatMl)).isEqualTo(74);
    }
  }

  @Test
  void should_cut_the_reply_at_a_stop_sequence_and_finish_stop() {
    String full = unit.chat(greedy("hello", 16)).text();
    String stop = full.substring(5, 7);
    int at = full.indexOf(stop);

    ChatResult reply = unit.chat(ChatCall.user("test", "hello",
        new GenerationParams(0.0, null, 16, List.of(stop), null)));

    assertThat(reply.text()).isEqualTo(full.substring(0, at));
    assertThat(reply.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(reply.completionTokens()).isLessThan(16);
  }

  @Test
  void should_finish_stop_when_the_model_ends_its_reply() {
    Path stops = TinyLlama.seeded(7).stopsAtOnce().write(dir.resolve("stops.gguf"));
    try (LlmGateway eager = LlmGateway.create(config(stops))) {
      ChatResult reply = eager.chat(greedy("hello", 12));

      assertThat(reply.text()).isEmpty();
      assertThat(reply.finishReason()).isEqualTo(FinishReason.STOP);
      assertThat(reply.completionTokens()).isEqualTo(1); // the end-of-generation token
    }
  }

  @Test
  void should_carry_chinese_through_template_tokenizer_and_reply() {
    Path says = TinyLlama.seeded(7).alwaysSays("好").write(dir.resolve("says-hao.gguf"));
    String chatMl = "<|im_start|>user\n你好，世界<|im_end|>\n<|im_start|>assistant\n";
    try (LlmGateway hao = LlmGateway.create(config(says));
        EmbeddedBackend backend = EmbeddedBackend.open(config(says))) {
      ChatResult reply = hao.chat(greedy("你好，世界", 5));
      ChatResult stopped = hao.chat(ChatCall.user("test", "你好，世界",
          new GenerationParams(0.0, null, 5, List.of("好好好"), null)));

      assertThat(reply.text()).isEqualTo("好好好好好");
      assertThat(reply.finishReason()).isEqualTo(FinishReason.LENGTH);
      // "hello" (h e l l o, 26 in all) becomes 你 好 + three byte tokens for "，" (not in the
      // vocabulary) + 世 界: two tokens more
      assertThat(reply.promptTokens()).isEqualTo(backend.model().promptTokens(chatMl)).isEqualTo(28);
      assertThat(stopped.text()).isEmpty();
      assertThat(stopped.finishReason()).isEqualTo(FinishReason.STOP);
      assertThat(stopped.completionTokens()).isEqualTo(3);
    }
  }

  @Test
  void should_pass_emoji_and_rare_ideographs_through_the_template_intact() {
    String text = "smile 😀, rare 𠀀, private \uE000 and again 😀";
    String chatMl = "<|im_start|>user\n" + text + "<|im_end|>\n<|im_start|>assistant\n";
    try (EmbeddedBackend backend = EmbeddedBackend.open(config(model))) {
      // A garbled or cut template result would tokenize to a different count.
      assertThat(unit.chat(greedy(text, 2)).promptTokens()).isEqualTo(backend.model().promptTokens(chatMl));
    }
  }

  @Test
  void should_cap_the_reply_at_the_room_left_in_the_context() {
    ChatResult reply = unit.chat(ChatCall.user("test", "hello", new GenerationParams(0.0, null, null, null, null)));

    assertThat(reply.finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(reply.promptTokens() + reply.completionTokens()).isEqualTo(512);
  }

  @Test
  void should_refuse_a_prompt_longer_than_the_context_naming_the_setting() {
    LlmException e = catchThrowableOfType(LlmException.class,
        () -> unit.chat(greedy("hello ".repeat(300), 8)));

    assertThat(e.kind()).isEqualTo(LlmException.Kind.BAD_REQUEST);
    assertThat(e.getMessage()).startsWith("stage 'test': the prompt is ")
        .contains("tokens after the chat template, and llm.context_size is 512, which leaves no room for "
            + "a reply: raise llm.context_size (the model was trained on 512) or shorten the prompt");
  }

  @Test
  void should_refuse_a_nul_character_that_llama_cpp_would_cut_the_prompt_at() {
    LlmException e = catchThrowableOfType(LlmException.class, () -> unit.chat(greedy("before\0after", 4)));

    assertThat(e.kind()).isEqualTo(LlmException.Kind.BAD_REQUEST);
    assertThat(e.getMessage()).isEqualTo("stage 'test': message 0 contains a NUL character (U+0000), at which "
        + "llama.cpp would cut the prompt: remove it");
  }

  @Test
  void should_account_tokens_per_stage() {
    try (LlmGateway fresh = LlmGateway.create(config(model))) {
      fresh.chat(ChatCall.user("bootstrap", "hello", new GenerationParams(0.0, null, 5, null, null)));
      fresh.chat(ChatCall.user("bootstrap", "hello there", new GenerationParams(0.0, null, 7, null, null)));

      // "hello there" adds "▁there" as ▁t h e r e: 5 more prompt tokens than "hello"
      assertThat(fresh.stats().get("bootstrap")).isEqualTo(new LlmStats(2, 0, 0, 0, 26 + 31, 5 + 7, 2));
    }
  }
}
