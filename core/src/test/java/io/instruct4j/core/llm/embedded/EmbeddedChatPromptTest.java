package io.instruct4j.core.llm.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.llm.ChatMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The template request: roles and content as JSON, supplementary characters stood in for. */
class EmbeddedChatPromptTest {

  @Test
  void should_write_roles_and_content_in_order() {
    ChatPrompt unit = ChatPrompt.of(List.of(ChatMessage.system("be \"brief\""), ChatMessage.user("你好\n")));

    assertThat(unit.json()).isEqualTo(
        "{\"messages\":[{\"role\":\"system\",\"content\":\"be \\\"brief\\\"\"},{\"role\":\"user\",\"content\":\"你好\\n\"}]}");
    assertThat(unit.restore("unchanged")).isEqualTo("unchanged");
  }

  @Test
  void should_stand_in_for_supplementary_characters_with_unused_private_ones_and_restore_them() {
    ChatPrompt unit = ChatPrompt.of(List.of(ChatMessage.user("a😀b\uE000c𠀀d😀")));

    // U+E000 is taken by the text itself, so the stand-ins are U+E001 and U+E002
    assertThat(unit.json()).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"a\uE001b\uE000c\uE002d\uE001\"}]}");
    assertThat(unit.restore("<user>a\uE001b\uE000c\uE002d\uE001</user>")).isEqualTo("<user>a😀b\uE000c𠀀d😀</user>");
  }
}
