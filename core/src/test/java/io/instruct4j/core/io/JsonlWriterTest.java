package io.instruct4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlWriterTest {

  private static final DeadLetter FIRST = new DeadLetter("classify", "第一", "timeout", "e1", 3);
  private static final DeadLetter SECOND = new DeadLetter("classify", "two", "rate_limited", "e2", 5);

  @TempDir Path dir;

  private List<String> folderContents() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void should_write_one_compact_json_line_per_record_on_commit() throws IOException {
    Path target = dir.resolve("dead.jsonl");

    try (JsonlWriter<DeadLetter> unit = JsonlWriter.open(target)) {
      unit.write(FIRST);
      unit.write(SECOND);
      assertThat(target).doesNotExist();
      unit.commit();
      assertThat(unit.count()).isEqualTo(2);
    }

    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(
        "{\"stage\":\"classify\",\"input\":\"第一\",\"error_type\":\"timeout\",\"error\":\"e1\",\"attempts\":3}\n"
            + "{\"stage\":\"classify\",\"input\":\"two\",\"error_type\":\"rate_limited\",\"error\":\"e2\",\"attempts\":5}\n");
    assertThat(folderContents()).containsExactly("dead.jsonl");
  }

  @Test
  void should_read_back_what_it_wrote() {
    Path target = dir.resolve("out/examples.jsonl");
    List<Example> examples = List.of(Example.of("问", "", "答", Method.IMPORTED, "zh"),
        Example.of("q", "in", "a", Method.SELF_QA, "en"));

    assertThat(JsonlWriter.writeAll(target, examples)).isEqualTo(2);
    assertThat(JsonlReader.open(target, Example.class, BadRecords.fail()).readAll()).isEqualTo(examples);
  }

  @Test
  void should_leave_no_target_and_no_temp_file_when_the_callers_loop_fails() throws IOException {
    Path target = dir.resolve("dead.jsonl");

    assertThatThrownBy(() -> {
      try (JsonlWriter<DeadLetter> unit = JsonlWriter.open(target)) {
        unit.write(FIRST);
        throw new IllegalStateException("boom mid-write");
      }
    }).hasMessage("boom mid-write");

    assertThat(folderContents()).isEmpty();
  }

  @Test
  void should_keep_the_old_content_when_a_rewrite_is_aborted() throws IOException {
    Path target = dir.resolve("dead.jsonl");
    JsonlWriter.writeAll(target, List.of(FIRST));
    String before = Files.readString(target);

    try (JsonlWriter<DeadLetter> unit = JsonlWriter.open(target)) {
      unit.write(SECOND);
      unit.abort();
      assertThatThrownBy(() -> unit.write(FIRST))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot write " + target + ": writer is aborted");
    }

    assertThat(Files.readString(target)).isEqualTo(before);
    assertThat(folderContents()).containsExactly("dead.jsonl");
  }

  @Test
  void should_abandon_the_file_when_a_record_cannot_be_written_as_json() throws IOException {
    Path target = dir.resolve("bad.jsonl");
    JsonlWriter<Object> unit = JsonlWriter.open(target);
    unit.write(FIRST);

    assertThatThrownBy(() -> unit.write(new SelfReferencing()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot write SelfReferencing as JSON to " + target + ": ")
        .hasMessageEndingWith("; nothing was written");
    assertThatThrownBy(unit::commit).isInstanceOf(IllegalStateException.class);
    assertThat(folderContents()).isEmpty();
  }

  @Test
  void should_replace_an_existing_file_on_commit() throws IOException {
    Path target = dir.resolve("dead.jsonl");
    JsonlWriter.writeAll(target, List.of(FIRST, SECOND));

    JsonlWriter.writeAll(target, List.of(SECOND));

    assertThat(Files.readAllLines(target)).containsExactly(Json.toLine(SECOND));
  }

  @Test
  void should_name_the_folder_when_a_file_is_in_the_way() throws IOException {
    Path blocker = Files.writeString(dir.resolve("runs"), "not a folder");
    Path target = blocker.resolve("out.jsonl");

    assertThatThrownBy(() -> JsonlWriter.open(target))
        .isInstanceOf(OutputFileException.class)
        .hasMessage("cannot create output folder " + blocker + ": a file with that name is in the way");
  }

  @Test
  void should_name_a_folder_that_is_not_writable() throws IOException {
    Path readOnly = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(readOnly), "running as root: permissions do not stop writes");

      assertThatThrownBy(() -> JsonlWriter.open(readOnly.resolve("out.jsonl")))
          .isInstanceOf(OutputFileException.class)
          .hasMessage("output folder " + readOnly + " is not writable (permission denied); "
              + "choose another output folder or fix its permissions");
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void should_refuse_a_folder_as_target() {
    assertThatThrownBy(() -> JsonlWriter.open(dir))
        .isInstanceOf(OutputFileException.class)
        .hasMessage("output " + dir + " is a folder; give a file path");
  }

  /** Jackson refuses direct self-references, so this stands for any unserialisable value. */
  private static final class SelfReferencing {
    public SelfReferencing getSelf() {
      return this;
    }
  }
}
