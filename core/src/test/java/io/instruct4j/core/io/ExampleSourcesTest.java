package io.instruct4j.core.io;

import static io.instruct4j.core.io.TestFiles.bytes;
import static io.instruct4j.core.io.TestFiles.lines;
import static io.instruct4j.core.io.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Provenance;
import io.instruct4j.core.record.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleSourcesTest {

  private static final String OWN = "{\"id\":\"ex-0000000000000001\",\"instruction\":\"写一首诗\",\"input\":\"\","
      + "\"output\":\"春眠不觉晓\",\"method\":\"self-instruct\",\"language\":\"zh\",\"is_classification\":false,"
      + "\"provenance\":{\"round\":3}}";
  private static final String SEED = "{\"id\": \"seed_task_0\", \"name\": \"n\", \"instruction\": \"Say hi.\", "
      + "\"instances\": [{\"input\": \"\", \"output\": \"Hi.\"}], \"is_classification\": false}";

  @TempDir Path dir;

  @Test
  void should_detect_each_format_from_the_content() {
    assertThat(ExampleSources.detect(lines(dir.resolve("a.jsonl"), OWN))).isEqualTo(InputFormat.EXAMPLES_JSONL);
    assertThat(ExampleSources.detect(lines(dir.resolve("b.json"), SEED))).isEqualTo(InputFormat.SEED_TASKS_JSONL);
    assertThat(ExampleSources.detect(text(dir.resolve("c.json"), "\n  [ {\"instruction\": \"x\"} ]")))
        .isEqualTo(InputFormat.ALPACA_JSON_ARRAY);
    assertThat(ExampleSources.detect(text(dir.resolve("d.jsonl"), " \n\t\n"))).isEqualTo(InputFormat.EMPTY);
    assertThat(ExampleSources.detect(lines(dir.resolve("e.jsonl"), "{broken"))).isEqualTo(InputFormat.EXAMPLES_JSONL);
  }

  @Test
  void should_read_an_empty_file_as_zero_examples() {
    RecordSource<Example> unit = ExampleSources.open(text(dir.resolve("empty.jsonl"), ""), "en", BadRecords.fail());

    assertThat(unit.readAll()).isEmpty();
    assertThat(unit.counts()).isEqualTo(new ReadCounts(0, 0));
  }

  @Test
  void should_read_our_records_strictly_and_plain_rows_as_imported_in_one_jsonl() {
    Path file = lines(dir.resolve("mixed.jsonl"), OWN, "{\"instruction\":\"Add 1 and 1\",\"output\":\"2\"}");

    List<Example> read = ExampleSources.open(file, "en", BadRecords.fail()).readAll();

    assertThat(read).containsExactly(
        new Example("ex-0000000000000001", "写一首诗", "", "春眠不觉晓", Method.SELF_INSTRUCT, "zh", false,
            Provenance.EMPTY.withRound(3), null),
        Example.of("Add 1 and 1", "", "2", Method.IMPORTED, "en"));
  }

  @Test
  void should_give_our_records_without_language_the_callers_language() {
    Path file = lines(dir.resolve("nolang.jsonl"), "{\"id\":\"ex-1\",\"instruction\":\"i\",\"method\":\"seed\"}");

    assertThat(ExampleSources.open(file, "zh", BadRecords.fail()).readAll())
        .extracting(Example::language).containsExactly("zh");
  }

  @Test
  void should_reject_our_own_record_with_an_unknown_field_or_method() {
    List<Reject> rejects = new ArrayList<>();
    Path file = lines(dir.resolve("own.jsonl"),
        "{\"id\":\"ex-1\",\"instruction\":\"i\",\"ouptut\":\"o\"}",
        "{\"method\":\"evol-instruct\",\"instruction\":\"i\"}",
        "{\"id\":\"ex-2\",\"output\":\"o\"}");

    RecordSource<Example> unit = ExampleSources.open(file, "en", BadRecords.rejectTo(rejects::add));

    assertThat(unit.readAll()).isEmpty();
    assertThat(rejects).extracting(Reject::reason).containsExactly(
        "unknown field 'ouptut'",
        "field 'method': unknown method 'evol-instruct' (expected seed, self-instruct, self-qa, self-kg or imported)",
        "missing field 'instruction'");
    assertThat(unit.counts()).isEqualTo(new ReadCounts(0, 3));
  }

  @Test
  void should_open_a_seed_file_as_seed_examples() {
    Path file = lines(dir.resolve("seeds.jsonl"), SEED);

    assertThat(ExampleSources.open(file, "en", BadRecords.fail()).readAll()).containsExactly(
        new Example(null, "Say hi.", "", "Hi.", Method.SEED, "en", false, Provenance.EMPTY.withRound(0), null));
  }

  @Test
  void should_open_an_alpaca_array_as_imported_examples() {
    Path file = text(dir.resolve("alpaca_data.json"), "[{\"instruction\":\"x\",\"input\":\"y\",\"output\":\"z\"}]");

    assertThat(ExampleSources.open(file, "en", BadRecords.fail()).readAll())
        .containsExactly(Example.of("x", "y", "z", Method.IMPORTED, "en"));
  }

  @Test
  void should_read_a_gzipped_jsonl() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write((SEED + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Path file = bytes(dir.resolve("seeds.jsonl.gz"), gz.toByteArray());

    assertThat(ExampleSources.detect(file)).isEqualTo(InputFormat.SEED_TASKS_JSONL);
    assertThat(ExampleSources.open(file, "en", BadRecords.fail()).readAll()).hasSize(1);
  }

  @Test
  void should_explain_a_file_that_starts_with_neither_bracket_nor_brace() {
    Path file = lines(dir.resolve("notes.txt"), "", "instruction,input,output");

    assertThatThrownBy(() -> ExampleSources.open(file, "en", BadRecords.fail()))
        .isInstanceOf(InputFileException.class)
        .hasMessage(file + ":2: expected '[' (a JSON array of examples) or '{' (JSONL, one JSON object per line), "
            + "but the file starts with 'i'");
  }

  @Test
  void should_explain_a_pretty_printed_single_object() {
    Path file = lines(dir.resolve("one.json"), "{", "  \"instruction\": \"x\"", "}");

    assertThatThrownBy(() -> ExampleSources.detect(file))
        .hasMessage(file + ":1: the file starts with a JSON object spread over several lines; "
            + "expected JSONL (one complete object per line) or a JSON array '[...]'");
  }

  @Test
  void should_refuse_formats_we_do_not_read_by_extension() {
    Path file = text(dir.resolve("train.parquet"), "PAR1");

    assertThatThrownBy(() -> ExampleSources.detect(file))
        .hasMessage(file + ": .parquet files are not supported; convert to JSONL (one JSON object per line) "
            + "or a JSON array");
  }
}
