package io.instruct4j.core.io;

import static io.instruct4j.core.io.TestFiles.bytes;
import static io.instruct4j.core.io.TestFiles.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictUtf8ReaderTest {

  @TempDir Path dir;

  private static String readAll(byte[] content) throws IOException {
    try (Reader unit = new StrictUtf8Reader(new ByteArrayInputStream(content), "t.jsonl")) {
      StringWriter out = new StringWriter();
      unit.transferTo(out);
      return out.toString();
    }
  }

  @Test
  void should_decode_chinese_text_and_skip_a_leading_utf8_bom() throws IOException {
    assertThat(readAll(concat(0xEF, 0xBB, 0xBF, "{\"a\":\"中文\"}\n"))).isEqualTo("{\"a\":\"中文\"}\n");
  }

  @Test
  void should_keep_a_bom_like_sequence_that_is_not_at_the_start() throws IOException {
    assertThat(readAll(concat("x", 0xEF, 0xBB, 0xBF))).isEqualTo("x\uFEFF");
  }

  @Test
  void should_read_an_empty_stream_as_no_text() throws IOException {
    assertThat(readAll(new byte[0])).isEmpty();
  }

  @Test
  void should_name_file_line_byte_and_offset_of_an_invalid_byte() {
    byte[] latin1 = concat("{\"a\":1}\n", "{\"city\":\"Z", 0xFC, "rich\"}\n");

    assertThatThrownBy(() -> readAll(latin1))
        .isInstanceOf(MalformedInputFileException.class)
        .hasMessage("t.jsonl:2: invalid UTF-8 byte 0xFC at byte offset 18; re-save the file as UTF-8")
        .satisfies(e -> {
          MalformedInputFileException m = (MalformedInputFileException) e;
          assertThat(m.file()).isEqualTo("t.jsonl");
          assertThat(m.line()).isEqualTo(2);
          assertThat(m.byteOffset()).isEqualTo(18);
        });
  }

  @Test
  void should_count_the_bom_in_the_byte_offset() {
    assertThatThrownBy(() -> readAll(concat(0xEF, 0xBB, 0xBF, "ab", 0xC3, "(")))
        .hasMessage("t.jsonl:1: invalid UTF-8 byte 0xC3 at byte offset 5; re-save the file as UTF-8");
  }

  @Test
  void should_find_an_invalid_byte_far_beyond_the_first_buffer() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      lines.append("{\"n\":\"").append("中".repeat(10)).append("\"}\n"); // 39 bytes a line
    }
    byte[] content = concat(lines.toString(), "{\"n\":\"", 0xC3, 0x28, "\"}\n");

    assertThatThrownBy(() -> readAll(content))
        .hasMessage("t.jsonl:1001: invalid UTF-8 byte 0xC3 at byte offset 39006; re-save the file as UTF-8");
  }

  @Test
  void should_report_a_multibyte_character_cut_off_at_the_end_of_the_file() {
    assertThatThrownBy(() -> readAll(concat("ok\n", 0xE4, 0xB8)))
        .hasMessage("t.jsonl:2: invalid UTF-8 byte 0xE4 at byte offset 3; re-save the file as UTF-8");
  }

  @Test
  void should_reject_utf8_encoded_surrogates() {
    assertThatThrownBy(() -> readAll(concat(0xED, 0xA0, 0x80)))
        .isInstanceOf(MalformedInputFileException.class)
        .hasMessageStartingWith("t.jsonl:1: invalid UTF-8 byte 0xED at byte offset 0");
  }

  @Test
  void should_deliver_every_line_before_the_invalid_byte() {
    List<String> seen = new ArrayList<>();
    Path file = bytes(dir.resolve("gbk.jsonl"), concat("{\"a\":1}\n{\"a\":2}\n", 0xC4, 0xE3, "\n"));

    assertThatThrownBy(() -> {
      try (LineReader lines = InputFiles.lines(file)) {
        for (String line = lines.next(); line != null; line = lines.next()) {
          seen.add(line);
        }
      }
    }).isInstanceOf(MalformedInputFileException.class).hasMessageContaining("gbk.jsonl:3: invalid UTF-8 byte 0xC4");
    assertThat(seen).containsExactly("{\"a\":1}", "{\"a\":2}");
  }

  @Test
  void should_say_a_file_with_a_utf16_little_endian_bom_is_utf16() {
    byte[] utf16 = concat(0xFF, 0xFE, (int) '{', 0, (int) '}', 0);

    assertThatThrownBy(() -> readAll(utf16))
        .isInstanceOf(MalformedInputFileException.class)
        .hasMessage("t.jsonl: file starts with a UTF-16LE byte-order mark, so it is UTF-16LE, not UTF-8; "
            + "re-save the file as UTF-8");
  }

  @Test
  void should_say_a_file_with_a_utf16_big_endian_bom_is_utf16() {
    assertThatThrownBy(() -> readAll(concat(0xFE, 0xFF, 0, (int) '{')))
        .hasMessageContaining("UTF-16BE byte-order mark");
  }

  @Test
  void should_tell_utf32_little_endian_from_utf16() {
    assertThatThrownBy(() -> readAll(concat(0xFF, 0xFE, 0, 0, (int) '{', 0, 0, 0)))
        .hasMessageContaining("UTF-32LE byte-order mark");
  }
}
