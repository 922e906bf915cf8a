package io.instruct4j.core.io;

import static io.instruct4j.core.io.TestFiles.bytes;
import static io.instruct4j.core.io.TestFiles.concat;
import static io.instruct4j.core.io.TestFiles.lines;
import static io.instruct4j.core.io.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Reject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

  private static final String GOOD_1 = "{\"stage\":\"classify\",\"input\":\"i1\",\"error_type\":\"timeout\",\"error\":\"e\",\"attempts\":3}";
  private static final String GOOD_2 = "{\"stage\":\"classify\",\"input\":\"第二\",\"error_type\":\"timeout\",\"error\":\"e\",\"attempts\":1}";

  @TempDir Path dir;

  private final List<Reject> rejects = new ArrayList<>();

  private List<Sourced<DeadLetter>> readAll(JsonlReader<DeadLetter> unit) {
    List<Sourced<DeadLetter>> out = new ArrayList<>();
    try (unit) {
      unit.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void should_map_each_line_and_know_its_file_and_line() {
    Path file = lines(dir.resolve("dead.jsonl"), GOOD_1, GOOD_2);

    List<Sourced<DeadLetter>> read = readAll(JsonlReader.open(file, DeadLetter.class, BadRecords.fail()));

    assertThat(read).containsExactly(
        new Sourced<>(new DeadLetter("classify", "i1", "timeout", "e", 3), file + ":1"),
        new Sourced<>(new DeadLetter("classify", "第二", "timeout", "e", 1), file + ":2"));
  }

  @Test
  void should_skip_blank_lines_but_keep_counting_them_in_line_numbers() {
    Path file = text(dir.resolve("d.jsonl"), "\n" + GOOD_1 + "\r\n   \r\n\t\n" + GOOD_2);
    JsonlReader<DeadLetter> unit = JsonlReader.open(file, DeadLetter.class, BadRecords.fail());

    List<Sourced<DeadLetter>> read = readAll(unit);

    assertThat(read).extracting(Sourced::source).containsExactly(file + ":2", file + ":5");
    assertThat(unit.counts()).isEqualTo(new ReadCounts(2, 0));
  }

  @Test
  void should_read_a_file_with_a_utf8_bom() {
    Path file = bytes(dir.resolve("bom.jsonl"), concat(0xEF, 0xBB, 0xBF, GOOD_2, "\n"));

    assertThat(readAll(JsonlReader.open(file, DeadLetter.class, BadRecords.fail())))
        .extracting(s -> s.value().input()).containsExactly("第二");
  }

  @Test
  void should_read_an_empty_file_as_zero_records() {
    Path file = text(dir.resolve("empty.jsonl"), "");
    JsonlReader<DeadLetter> unit = JsonlReader.open(file, DeadLetter.class, BadRecords.fail());

    assertThat(readAll(unit)).isEmpty();
    assertThat(unit.counts()).isEqualTo(new ReadCounts(0, 0));
    assertThatThrownBy(unit::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void should_stop_at_a_malformed_line_naming_file_and_line_under_fail() {
    Path file = lines(dir.resolve("bad.jsonl"), GOOD_1, "{\"stage\":\"x\",\"attempts\":\"many\"}", GOOD_2);
    JsonlReader<DeadLetter> unit = JsonlReader.open(file, DeadLetter.class, BadRecords.fail());

    assertThat(unit.next().value().input()).isEqualTo("i1");
    assertThatThrownBy(unit::hasNext)
        .isInstanceOf(BadRecordException.class)
        .hasMessage(file + ":2: field 'attempts': cannot read 'many' as int")
        .satisfies(e -> assertThat(((BadRecordException) e).line()).isEqualTo(2));
    unit.close();
  }

  @Test
  void should_call_a_line_without_closing_brace_truncated() {
    Path file = text(dir.resolve("cut.jsonl"), GOOD_1 + "\n{\"stage\":\"classify\",\"inp");
    JsonlReader<DeadLetter> unit = JsonlReader.open(file, DeadLetter.class, BadRecords.fail());
    unit.next();

    assertThatThrownBy(unit::next)
        .isInstanceOf(BadRecordException.class)
        .hasMessage(file + ":2: unexpected end of input — truncated line?");
    unit.close();
  }

  @Test
  void should_refuse_unknown_fields_in_our_own_records() {
    Path file = lines(dir.resolve("typo.jsonl"), "{\"stage\":\"s\",\"attempts\":1,\"eror\":\"x\"}");

    assertThatThrownBy(() -> readAll(JsonlReader.open(file, DeadLetter.class, BadRecords.fail())))
        .hasMessage(file + ":1: unknown field 'eror'");
  }

  @Test
  void should_call_a_missing_primitive_field_missing_rather_than_zero() {
    Path file = lines(dir.resolve("typo.jsonl"), "{\"stage\":\"s\",\"attemps\":2}");

    assertThatThrownBy(() -> readAll(JsonlReader.open(file, DeadLetter.class, BadRecords.fail())))
        .hasMessage(file + ":1: missing field 'attempts'");
  }

  @Test
  void should_refuse_a_line_holding_two_records() {
    Path file = lines(dir.resolve("two.jsonl"), GOOD_1 + " " + GOOD_2);

    assertThatThrownBy(() -> readAll(JsonlReader.open(file, DeadLetter.class, BadRecords.fail())))
        .hasMessage(file + ":1: unexpected text after the JSON object at column " + (GOOD_1.length() + 2)
            + "; one record per line");
  }

  @Test
  void should_send_bad_lines_to_rejects_with_source_and_count_them_under_reject() {
    Path file = lines(dir.resolve("mixed.jsonl"),
        GOOD_1, "not json", "", "[1, 2]", GOOD_2, "{\"stage\":\"s\",\"stage\":\"t\"}");
    JsonlReader<DeadLetter> unit = JsonlReader.open(file, DeadLetter.class, BadRecords.rejectTo(rejects::add));

    List<Sourced<DeadLetter>> read = readAll(unit);

    assertThat(read).extracting(Sourced::source).containsExactly(file + ":1", file + ":5");
    assertThat(rejects).containsExactly(
        new Reject("read", "malformed_record", "invalid JSON at column 1: Unrecognized token 'not': was expecting "
            + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')", "not json", null, null, file + ":2"),
        new Reject("read", "malformed_record", "expected a JSON object '{...}', found an array",
            "[1, 2]", null, null, file + ":4"),
        new Reject("read", "malformed_record", "invalid JSON at column 21: Duplicate field 'stage'",
            "{\"stage\":\"s\",\"stage\":\"t\"}", null, null, file + ":6"));
    assertThat(unit.counts()).isEqualTo(new ReadCounts(2, 3));
    assertThat(unit.counts().total()).isEqualTo(5); // six lines, one blank
  }

  @Test
  void should_cap_a_huge_rejected_line_with_a_marker() {
    String huge = "x".repeat(5000);
    Path file = lines(dir.resolve("huge.jsonl"), huge);

    readAll(JsonlReader.open(file, DeadLetter.class, BadRecords.rejectTo(rejects::add)));

    assertThat(rejects).singleElement().satisfies(r -> assertThat(r.text())
        .isEqualTo("x".repeat(2000) + "… [truncated, 5000 chars in total]"));
  }

  @Test
  void should_not_split_a_surrogate_pair_when_capping() {
    String text = "a".repeat(1999) + "😀" + "b".repeat(10);

    assertThat(BadRecords.cap(text)).isEqualTo("a".repeat(1999) + "… [truncated, 2011 chars in total]");
  }

  @Test
  void should_fail_on_invalid_utf8_even_under_reject() {
    Path file = bytes(dir.resolve("latin1.jsonl"), concat(GOOD_1, "\n{\"stage\":\"", 0xE9, "\"}\n"));
    JsonlReader<DeadLetter> unit = JsonlReader.open(file, DeadLetter.class, BadRecords.rejectTo(rejects::add));

    assertThat(unit.next().value().input()).isEqualTo("i1");
    assertThatThrownBy(unit::hasNext)
        .isInstanceOf(MalformedInputFileException.class)
        .hasMessage(file + ":2: invalid UTF-8 byte 0xE9 at byte offset " + (GOOD_1.length() + 11)
            + "; re-save the file as UTF-8");
    unit.close();
  }

  @Test
  void should_apply_a_custom_mapper_and_report_its_invalid_record_reason() {
    Path file = lines(dir.resolve("ex.jsonl"),
        "{\"instruction\":\"Add 2 and 3\",\"output\":\"5\"}", "{\"instruction\":\"  \",\"output\":\"5\"}");
    JsonlReader<Example> unit = JsonlReader.open(file, ExampleMappers.alpaca("en"), BadRecords.rejectTo(rejects::add));

    List<Example> read = unit.readAll();

    assertThat(read).containsExactly(Example.of("Add 2 and 3", "", "5", Method.IMPORTED, "en"));
    assertThat(rejects).extracting(Reject::reason).containsExactly("field 'instruction' is blank");
  }

  @Test
  void should_name_a_missing_input_file() {
    Path missing = dir.resolve("nope.jsonl");

    assertThatThrownBy(() -> JsonlReader.open(missing, DeadLetter.class, BadRecords.fail()))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(missing + ": no such file");
  }

  @Test
  void should_refuse_a_folder_as_input() {
    assertThatThrownBy(() -> JsonlReader.open(dir, DeadLetter.class, BadRecords.fail()))
        .isInstanceOf(InputFileException.class)
        .hasMessage(dir + ": is a folder, expected a file");
  }
}
