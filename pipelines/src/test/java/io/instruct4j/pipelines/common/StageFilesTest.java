package io.instruct4j.pipelines.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Reject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run folder's layout, reads and writes, shared by every generator's driver. */
class StageFilesTest {

  @TempDir Path dir;

  @Test
  void should_write_examples_training_rows_rejects_and_dead_letters_with_exact_lines() throws Exception {
    StageFiles unit = new StageFiles(dir);
    Example e = Example.of("Name a prime.", "", "7", Method.SELF_QA, "en");
    Reject r = Reject.ofText("questions", "too_short", "2 words < 3", "Why?");
    DeadLetter d = new DeadLetter("answers", "{}", "timeout", "no reply in 60 s", 3);

    unit.writeResults("instances.jsonl", List.of(e), List.of(r), List.of(d));
    unit.writeSummary(new FinetuneRow("a", "", "b"));

    assertThat(StageFiles.read(dir.resolve("instances.jsonl"), Example.class)).containsExactly(e);
    assertThat(Files.readString(dir.resolve(StageFiles.FINETUNE)))
        .isEqualTo("{\"instruction\":\"Name a prime.\",\"input\":\"\",\"output\":\"7\"}\n");
    assertThat(Files.readString(dir.resolve(StageFiles.REJECTS))).isEqualTo(
        "{\"stage\":\"questions\",\"filter\":\"too_short\",\"reason\":\"2 words < 3\",\"text\":\"Why?\"}\n");
    assertThat(StageFiles.read(dir.resolve(StageFiles.DEAD_LETTERS), DeadLetter.class)).containsExactly(d);
    assertThat(Files.readString(dir.resolve(StageFiles.SUMMARY)))
        .isEqualTo("{\n  \"instruction\" : \"a\",\n  \"input\" : \"\",\n  \"output\" : \"b\"\n}\n");
    assertThat(Files.exists(dir.resolve(StageFiles.EXAMPLES))).isFalse();
  }

  @Test
  void should_read_a_missing_work_file_as_empty_but_refuse_a_missing_output() {
    StageFiles unit = new StageFiles(dir);

    List<Reject> work = unit.readWork(StageFiles.REJECTS, Reject.class);
    work.add(Reject.ofText("s", "f", "r", "t"));

    assertThat(work).hasSize(1);
    assertThatThrownBy(() -> StageFiles.read(dir.resolve("gone.jsonl"), Reject.class))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("gone.jsonl");
  }

  @Test
  void should_sort_records_by_their_json_line() {
    List<FinetuneRow> rows = List.of(new FinetuneRow("b", "", "1"), new FinetuneRow("a", "z", "2"),
        new FinetuneRow("a", "", "3"));

    assertThat(StageFiles.sortedByJson(rows)).containsExactly(
        new FinetuneRow("a", "", "3"), new FinetuneRow("a", "z", "2"), new FinetuneRow("b", "", "1"));
  }

  @Test
  void should_delete_a_work_tree_and_an_old_summary_and_accept_them_missing() throws Exception {
    StageFiles unit = new StageFiles(dir);
    Files.createDirectories(unit.work().resolve("deep"));
    Files.writeString(unit.work("deep/part.jsonl"), "{}\n");
    Files.writeString(unit.output(StageFiles.SUMMARY), "{}\n");

    StageFiles.deleteTree(unit.work());
    unit.removeSummary();
    StageFiles.deleteTree(unit.work());
    unit.removeSummary();

    assertThat(Files.exists(unit.work())).isFalse();
    assertThat(Files.exists(unit.output(StageFiles.SUMMARY))).isFalse();
    assertThat(Files.exists(dir)).isTrue();
  }
}
