package io.instruct4j.core.io;

import static io.instruct4j.core.io.TestFiles.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Provenance;
import io.instruct4j.core.record.Reject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedTasksTest {

  private static final String SEED_0 = "{\"id\": \"seed_task_0\", \"name\": \"breakfast_suggestion\", "
      + "\"instruction\": \"Suggest a breakfast.\", \"instances\": [{\"input\": \"\", \"output\": \"Oatmeal.\"}], "
      + "\"is_classification\": false}";
  private static final String SEED_1 = "{\"id\": \"seed_task_1\", \"name\": \"sentiment\", "
      + "\"instruction\": \"判断情感。\", \"instances\": [{\"input\": \"太好了\", \"output\": \"正面\"}, "
      + "{\"input\": \"糟糕\", \"output\": \"负面\"}], \"is_classification\": true}";

  @TempDir Path dir;

  /** The real Self-Instruct seed file, shared read-only beside the repository. */
  private static Path realSeedFile() {
    for (Path base = Path.of("").toAbsolutePath(); base != null; base = base.getParent()) {
      Path candidate = base.resolve("shared/data/self-instruct/seed_tasks.jsonl");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void should_read_all_175_tasks_of_the_real_seed_file() {
    Path file = realSeedFile();
    assumeTrue(file != null, "shared/data/self-instruct/seed_tasks.jsonl is not beside this checkout");
    JsonlReader<SeedTask> unit = SeedTasks.open(file, BadRecords.fail());

    List<SeedTask> tasks = unit.readAll();

    assertThat(tasks).hasSize(175);
    assertThat(unit.counts()).isEqualTo(new ReadCounts(175, 0));
    assertThat(tasks.stream().mapToInt(t -> t.instances().size()).sum()).isEqualTo(175);
    assertThat(tasks.stream().filter(t -> Boolean.TRUE.equals(t.isClassification())).count()).isEqualTo(26);
    SeedTask first = tasks.get(0);
    assertThat(first.id()).isEqualTo("seed_task_0");
    assertThat(first.name()).isEqualTo("breakfast_suggestion");
    assertThat(first.instruction()).isEqualTo("Is there anything I can eat for a breakfast that doesn't include "
        + "eggs, yet includes protein, and has roughly 700-1000 calories?");
    assertThat(tasks.get(174).id()).isEqualTo("seed_task_174");
  }

  @Test
  void should_flatten_the_real_seed_file_to_175_seed_examples() {
    Path file = realSeedFile();
    assumeTrue(file != null, "shared/data/self-instruct/seed_tasks.jsonl is not beside this checkout");

    List<Example> examples = ExampleSources.open(file, "en", BadRecords.fail()).readAll();

    assertThat(examples).hasSize(175);
    assertThat(examples).allSatisfy(e -> {
      assertThat(e.method()).isEqualTo(Method.SEED);
      assertThat(e.language()).isEqualTo("en");
      assertThat(e.provenance().round()).isZero();
    });
    assertThat(examples.stream().map(Example::id).distinct()).hasSize(175);
  }

  @Test
  void should_read_a_seed_task_with_every_field() {
    Path file = lines(dir.resolve("seeds.jsonl"), SEED_1);

    assertThat(SeedTasks.open(file, BadRecords.fail()).readAll()).containsExactly(new SeedTask("seed_task_1",
        "sentiment", "判断情感。", List.of(new SeedTask.Instance("太好了", "正面"), new SeedTask.Instance("糟糕", "负面")),
        true));
  }

  @Test
  void should_flatten_to_one_example_per_instance_keeping_classification_and_source() {
    Path file = lines(dir.resolve("seeds.jsonl"), SEED_0, SEED_1);
    RecordSource<Example> unit = SeedTasks.examples(SeedTasks.open(file, BadRecords.fail()), "zh");

    List<Sourced<Example>> read = new ArrayList<>();
    unit.forEachRemaining(read::add);
    unit.close();

    Provenance round0 = Provenance.EMPTY.withRound(0);
    assertThat(read).containsExactly(
        new Sourced<>(new Example(null, "Suggest a breakfast.", "", "Oatmeal.", Method.SEED, "zh", false, round0, null),
            file + ":1"),
        new Sourced<>(new Example(null, "判断情感。", "太好了", "正面", Method.SEED, "zh", true, round0, null), file + ":2"),
        new Sourced<>(new Example(null, "判断情感。", "糟糕", "负面", Method.SEED, "zh", true, round0, null), file + ":2"));
    assertThat(unit.counts()).isEqualTo(new ReadCounts(2, 0));
  }

  @Test
  void should_keep_a_task_without_instances_as_one_instruction_only_example() {
    SeedTask unit = new SeedTask("t", "n", "List three colours.", List.of(), null);

    assertThat(unit.toExamples("en")).containsExactly(
        new Example(null, "List three colours.", "", "", Method.SEED, "en", null, Provenance.EMPTY.withRound(0), null));
  }

  @Test
  void should_treat_a_task_without_instruction_as_a_bad_record() {
    Path file = lines(dir.resolve("seeds.jsonl"), SEED_0, "{\"id\": \"seed_task_9\", \"instances\": []}");

    assertThatThrownBy(() -> SeedTasks.open(file, BadRecords.fail()).readAll())
        .isInstanceOf(BadRecordException.class)
        .hasMessage(file + ":2: missing field 'instruction'");
  }

  @Test
  void should_reject_tasks_with_missing_or_malformed_instances() {
    List<Reject> rejects = new ArrayList<>();
    Path file = lines(dir.resolve("seeds.jsonl"),
        "{\"instruction\": \"a\"}",
        "{\"instruction\": \"b\", \"instances\": {\"input\": \"\"}}",
        "{\"instruction\": \"c\", \"instances\": [\"x\"]}",
        "{\"instruction\": \"d\", \"instances\": [{\"input\": 1, \"output\": [2]}]}",
        SEED_0);
    JsonlReader<SeedTask> unit = SeedTasks.open(file, BadRecords.rejectTo(rejects::add));

    assertThat(unit.readAll()).extracting(SeedTask::id).containsExactly("seed_task_0");
    assertThat(rejects).extracting(Reject::source, Reject::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(file + ":1", "missing field 'instances'"),
        org.assertj.core.groups.Tuple.tuple(file + ":2",
            "field 'instances' must be an array of {\"input\", \"output\"}"),
        org.assertj.core.groups.Tuple.tuple(file + ":3",
            "field 'instances[0]' must be an object {\"input\", \"output\"}"),
        org.assertj.core.groups.Tuple.tuple(file + ":4",
            "field 'instances[0].output': expected a string, found an array"));
    assertThat(unit.counts()).isEqualTo(new ReadCounts(1, 4));
  }

  @Test
  void should_refuse_an_invalid_language_tag() {
    Path file = lines(dir.resolve("seeds.jsonl"), SEED_0);

    assertThatThrownBy(() -> SeedTasks.examples(SeedTasks.open(file, BadRecords.fail()), "english language"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language must be a BCP-47 tag such as 'en' or 'zh', got 'english language'");
  }
}
