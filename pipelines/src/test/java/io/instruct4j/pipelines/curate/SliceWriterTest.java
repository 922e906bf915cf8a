package io.instruct4j.pipelines.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.io.OutputFileException;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.filters.curate.Candidate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SliceWriterTest {

  @TempDir Path dir;

  private static CurateBatch slice(int first, int size) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = first; i < first + size; i++) {
      candidates.add(new Candidate(i, "in.jsonl:" + (i + 1),
          Example.of("Name prime number " + i + ".", "", "It is prime.", Method.SELF_INSTRUCT, "en")));
    }
    return new CurateBatch(candidates, List.of());
  }

  @Test
  void should_write_every_slice_and_list_the_files_in_the_order_given() {
    List<CurateBatch> slices = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      slices.add(slice(s * 3, 3)); // more slices than the queue holds, so the caller writes some itself
    }
    List<String> files;
    try (SliceWriter writer = new SliceWriter(dir)) {
      slices.forEach(writer::write);
      files = writer.finish();
    }

    assertThat(files).hasSize(20);
    for (int s = 0; s < 20; s++) {
      assertThat(SliceFiles.read(Path.of(files.get(s)))).isEqualTo(slices.get(s));
    }
  }

  @Test
  void should_rethrow_a_failed_write_naming_the_file() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("slices"), "a file where the folder should be");

    try (SliceWriter writer = new SliceWriter(notAFolder)) {
      writer.write(slice(0, 2));
      assertThatThrownBy(writer::finish)
          .isInstanceOf(OutputFileException.class)
          .hasMessageContaining(notAFolder.toString());
    }
  }
}
