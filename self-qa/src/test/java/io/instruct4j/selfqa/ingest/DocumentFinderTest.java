package io.instruct4j.selfqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFinderTest {

  @TempDir Path dir;

  @Test
  void should_list_folder_files_by_relative_name_and_pass_over_hidden_ones() throws IOException {
    Files.createDirectories(dir.resolve("docs/zh"));
    Files.createDirectories(dir.resolve("docs/.git"));
    Files.writeString(dir.resolve("docs/b.md"), "b");
    Files.writeString(dir.resolve("docs/zh/a.txt"), "a");
    Files.writeString(dir.resolve("docs/image.png"), "png");
    Files.writeString(dir.resolve("docs/.DS_Store"), "x");
    Files.writeString(dir.resolve("docs/.git/HEAD"), "x");
    Path single = Files.writeString(dir.resolve("single.txt"), "s");
    String folder = dir.resolve("docs").toString();

    List<DocumentRef> refs = DocumentFinder.find(List.of(folder, single.toString(), dir.resolve("docs/b.md").toString()));

    assertThat(refs).containsExactly(
        new DocumentRef(folder + "/b.md", "b.md"),
        new DocumentRef(folder + "/image.png", "image.png"),
        new DocumentRef(folder + "/zh/a.txt", "zh/a.txt"),
        new DocumentRef(single.toString(), "single.txt"));
  }

  @Test
  void should_name_the_setting_when_inputs_are_missing() throws IOException {
    Files.createDirectories(dir.resolve("empty"));

    assertThatThrownBy(() -> DocumentFinder.find(List.of()))
        .hasMessageStartingWith("self_qa.inputs is empty: give --input FILE_OR_FOLDER");
    assertThatThrownBy(() -> DocumentFinder.find(List.of(dir.resolve("nope.md").toString())))
        .hasMessageStartingWith("self_qa.inputs: " + dir.resolve("nope.md") + " does not exist");
    assertThatThrownBy(() -> DocumentFinder.find(List.of(dir.resolve("empty").toString())))
        .hasMessage("self_qa.inputs: folder " + dir.resolve("empty") + " holds no document");
  }
}
