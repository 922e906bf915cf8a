package io.instruct4j.finetune.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact bytes of each format, English and Chinese, with and without input and system prompt. */
class ExportFormatTest {

  private static final String SYSTEM = "You are a careful assistant. 请用简体中文或英文回答。";

  @TempDir Path dir;
  private Path input;

  @BeforeEach
  void setUp() {
    input = ExportFixtures.fourExamples(dir.resolve("examples.jsonl"));
  }

  private Path export(String systemPrompt, ExportFormat format) {
    Path out = dir.resolve("out");
    Exporter.run(new ExportConfig(List.of(format), systemPrompt, 0.0, null, null), input, out, "en");
    return out;
  }

  @Test
  void should_write_alpaca_rows_without_a_system_key_when_no_system_prompt_is_set() {
    Path out = export(null, ExportFormat.ALPACA);

    assertThat(ExportFixtures.read(out.resolve("alpaca_train.json"))).isEqualTo("""
        [
          {
            "instruction": "Name a primary colour.",
            "input": "",
            "output": "Red.\\nAlso \\"blue\\"."
          },
          {
            "instruction": "Translate to French.",
            "input": "Good morning",
            "output": "Bonjour"
          },
          {
            "instruction": "什么是光合作用？",
            "input": "",
            "output": "植物利用光能把二氧化碳和水转化为有机物。"
          },
          {
            "instruction": "根据知识图谱回答问题。",
            "input": "北京 —首都→ 中国",
            "output": "北京是中国的首都。"
          }
        ]
        """);
    assertThat(out.resolve("alpaca_validation.json")).doesNotExist();
  }

  @Test
  void should_write_the_system_prompt_as_the_last_alpaca_key() {
    Path out = export(SYSTEM, ExportFormat.ALPACA);

    assertThat(ExportFixtures.read(out.resolve("alpaca_train.json"))).startsWith("""
        [
          {
            "instruction": "Name a primary colour.",
            "input": "",
            "output": "Red.\\nAlso \\"blue\\".",
            "system": "You are a careful assistant. 请用简体中文或英文回答。"
          },
          {
            "instruction": "Translate to French.",
            "input": "Good morning",
            "output": "Bonjour",
            "system": "You are a careful assistant. 请用简体中文或英文回答。"
          },
        """);
  }

  @Test
  void should_write_sharegpt_turns_joining_instruction_and_input_with_a_blank_line() {
    Path out = export(null, ExportFormat.SHAREGPT);

    assertThat(ExportFixtures.read(out.resolve("sharegpt_train.json"))).isEqualTo("""
        [
          {
            "conversations": [
              {
                "from": "human",
                "value": "Name a primary colour."
              },
              {
                "from": "gpt",
                "value": "Red.\\nAlso \\"blue\\"."
              }
            ]
          },
          {
            "conversations": [
              {
                "from": "human",
                "value": "Translate to French.\\n\\nGood morning"
              },
              {
                "from": "gpt",
                "value": "Bonjour"
              }
            ]
          },
          {
            "conversations": [
              {
                "from": "human",
                "value": "什么是光合作用？"
              },
              {
                "from": "gpt",
                "value": "植物利用光能把二氧化碳和水转化为有机物。"
              }
            ]
          },
          {
            "conversations": [
              {
                "from": "human",
                "value": "根据知识图谱回答问题。\\n\\n北京 —首都→ 中国"
              },
              {
                "from": "gpt",
                "value": "北京是中国的首都。"
              }
            ]
          }
        ]
        """);
  }

  @Test
  void should_open_each_sharegpt_conversation_with_the_system_turn() {
    Path out = export(SYSTEM, ExportFormat.SHAREGPT);

    assertThat(ExportFixtures.read(out.resolve("sharegpt_train.json"))).endsWith("""
          {
            "conversations": [
              {
                "from": "system",
                "value": "You are a careful assistant. 请用简体中文或英文回答。"
              },
              {
                "from": "human",
                "value": "根据知识图谱回答问题。\\n\\n北京 —首都→ 中国"
              },
              {
                "from": "gpt",
                "value": "北京是中国的首都。"
              }
            ]
          }
        ]
        """);
  }

  @Test
  void should_write_openai_chat_lines() {
    Path out = export(null, ExportFormat.OPENAI);

    assertThat(ExportFixtures.read(out.resolve("openai_train.jsonl"))).isEqualTo("""
        {"messages":[{"role":"user","content":"Name a primary colour."},{"role":"assistant","content":"Red.\\nAlso \\"blue\\"."}]}
        {"messages":[{"role":"user","content":"Translate to French.\\n\\nGood morning"},{"role":"assistant","content":"Bonjour"}]}
        {"messages":[{"role":"user","content":"什么是光合作用？"},{"role":"assistant","content":"植物利用光能把二氧化碳和水转化为有机物。"}]}
        {"messages":[{"role":"user","content":"根据知识图谱回答问题。\\n\\n北京 —首都→ 中国"},{"role":"assistant","content":"北京是中国的首都。"}]}
        """);
  }

  @Test
  void should_put_the_system_message_first_in_openai_lines() {
    Path out = export(SYSTEM, ExportFormat.OPENAI);

    assertThat(ExportFixtures.read(out.resolve("openai_train.jsonl")).lines().toList().get(2)).isEqualTo(
        "{\"messages\":[{\"role\":\"system\",\"content\":\"You are a careful assistant. 请用简体中文或英文回答。\"},"
            + "{\"role\":\"user\",\"content\":\"什么是光合作用？\"},"
            + "{\"role\":\"assistant\",\"content\":\"植物利用光能把二氧化碳和水转化为有机物。\"}]}");
  }

  @Test
  void should_write_chinese_as_raw_utf8_bytes() throws Exception {
    Path out = export(null, ExportFormat.OPENAI);

    byte[] bytes = Files.readAllBytes(out.resolve("openai_train.jsonl"));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\\u");
    byte[] photo = "光合作用".getBytes(StandardCharsets.UTF_8);
    assertThat(indexOf(bytes, photo)).isPositive();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
