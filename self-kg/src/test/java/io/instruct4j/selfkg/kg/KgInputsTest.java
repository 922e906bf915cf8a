package io.instruct4j.selfkg.kg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.io.InputFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgInputsTest {

  @TempDir Path dir;

  @Test
  void should_read_a_folder_as_its_knowledge_graph_files_in_path_order() throws IOException {
    KgFiles files = new KgFiles(dir);
    Files.createDirectories(dir.resolve("b"));
    Path tsv = files.write("a.tsv", "head\trelation\ttail\n感冒\t所属科室\t呼吸内科\n");
    Path jsonl = files.write("b/records.jsonl", "{\"中心词\": \"失眠\", \"所属科室\": [\"精神科\"]}\n");
    files.write("README.md", "# not facts\n");

    KgRead read = files.read(dir);

    assertThat(read.files()).isEqualTo(2);
    assertThat(read.facts()).extracting(Triple::source).containsExactlyInAnyOrder(tsv + ":2", jsonl + ":1");
    assertThat(KgInputs.expand(java.util.List.of(dir))).containsExactly(tsv, jsonl);
  }

  @Test
  void should_refuse_a_folder_without_knowledge_graph_files() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "nothing here");

    assertThatThrownBy(() -> new KgFiles(dir).read(dir)).isInstanceOf(InputFileException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("holds no knowledge-graph file");
  }
}
