package io.instruct4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void should_write_utf8_text_creating_missing_folders() throws IOException {
    Path target = dir.resolve("run-1/summary.json");

    AtomicFiles.writeString(target, "{\"语言\":\"zh\"}\n");

    assertThat(Files.readAllBytes(target)).isEqualTo("{\"语言\":\"zh\"}\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void should_replace_the_old_content_and_leave_no_temp_file() throws IOException {
    Path target = dir.resolve("summary.json");
    AtomicFiles.writeString(target, "old");

    AtomicFiles.writeString(target, "new");

    assertThat(Files.readString(target)).isEqualTo("new");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("summary.json");
    }
  }

  @Test
  void should_name_temp_files_after_the_target_hidden_in_the_same_folder() {
    Path temp = AtomicFiles.createTempSibling(dir.resolve("out.jsonl"));

    assertThat(temp.getParent()).isEqualTo(dir.toAbsolutePath());
    assertThat(temp.getFileName().toString()).matches("\\.out\\.jsonl\\.tmp-[0-9a-z]+");
    AtomicFiles.deleteQuietly(temp);
  }
}
