package io.instruct4j.core.io;

import static io.instruct4j.core.io.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Reject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArrayReaderTest {

  @TempDir Path dir;

  private final List<Reject> rejects = new ArrayList<>();

  private static JsonArrayReader<Example> alpaca(Path file, BadRecords badRecords) {
    return JsonArrayReader.open(file, ExampleMappers.alpaca("en"), badRecords);
  }

  @Test
  void should_stream_pretty_printed_alpaca_elements_with_their_start_lines() {
    Path file = text(dir.resolve("alpaca.json"), """
        [
          {
            "instruction": "Give three tips for staying healthy.",
            "input": "",
            "output": "1. Eat well."
          },
          {"instruction": "翻译成英文", "input": "你好", "output": "Hello", "text": "ignored"}
        ]
        """);
    List<Sourced<Example>> read = new ArrayList<>();

    try (JsonArrayReader<Example> unit = alpaca(file, BadRecords.fail())) {
      unit.forEachRemaining(read::add);
      assertThat(unit.counts()).isEqualTo(new ReadCounts(2, 0));
    }

    assertThat(read).containsExactly(
        new Sourced<>(Example.of("Give three tips for staying healthy.", "", "1. Eat well.", Method.IMPORTED, "en"),
            file + ":2"),
        new Sourced<>(Example.of("翻译成英文", "你好", "Hello", Method.IMPORTED, "en"), file + ":7"));
  }

  @Test
  void should_read_an_empty_array_and_an_empty_file_as_zero_records() {
    assertThat(alpaca(text(dir.resolve("a.json"), " [ ] \n"), BadRecords.fail()).readAll()).isEmpty();
    assertThat(alpaca(text(dir.resolve("b.json"), ""), BadRecords.fail()).readAll()).isEmpty();
  }

  @Test
  void should_name_element_index_and_line_of_a_bad_element_under_fail() {
    Path file = text(dir.resolve("alpaca.json"), "[\n{\"instruction\": \"a\", \"output\": \"b\"},\n"
        + "{\"input\": \"x\", \"output\": \"y\"}\n]");

    assertThatThrownBy(() -> alpaca(file, BadRecords.fail()).readAll())
        .isInstanceOf(BadRecordException.class)
        .hasMessage(file + ":3: element [1]: missing field 'instruction'");
  }

  @Test
  void should_reject_bad_elements_and_go_on_under_reject() {
    Path file = text(dir.resolve("alpaca.json"), "[\n"
        + "{\"instruction\": \"a\", \"output\": \"b\"},\n"
        + "{\"instruction\": \"c\", \"response\": \"d\"},\n"
        + "\"just a string\",\n"
        + "[1, 2],\n"
        + "{\"instruction\": \"e\", \"input\": [\"x\"], \"output\": \"f\"},\n"
        + "{\"instruction\": \"g\", \"output\": \"h\"}\n"
        + "]\n");
    JsonArrayReader<Example> unit = alpaca(file, BadRecords.rejectTo(rejects::add));

    List<Example> read = unit.readAll();

    assertThat(read).extracting(Example::instruction).containsExactly("a", "g");
    assertThat(rejects).extracting(Reject::source, Reject::reason, Reject::text).containsExactly(
        tuple(file + ":3", "element [1]: missing field 'output'", "{\"instruction\":\"c\",\"response\":\"d\"}"),
        tuple(file + ":4", "element [2]: expected a JSON object '{...}', found string", "\"just a string\""),
        tuple(file + ":5", "element [3]: expected a JSON object '{...}', found array", "[1,2]"),
        tuple(file + ":6", "element [4]: field 'input': expected a string, found an array",
            "{\"instruction\":\"e\",\"input\":[\"x\"],\"output\":\"f\"}"));
    assertThat(unit.counts()).isEqualTo(new ReadCounts(2, 4));
  }

  @Test
  void should_stop_at_broken_syntax_even_under_reject() {
    Path file = text(dir.resolve("alpaca.json"), "[\n{\"instruction\": \"a\", \"output\": \"b\"},\n"
        + "{\"instruction\": \"c\" \"output\": \"d\"}\n]");
    JsonArrayReader<Example> unit = alpaca(file, BadRecords.rejectTo(rejects::add));
    unit.next();

    assertThatThrownBy(unit::next)
        .isInstanceOf(InputFileException.class)
        .hasMessage(file + ":3: element [1]: invalid JSON at column 21: Unexpected character ('\"' (code 34)): "
            + "was expecting comma to separate Object entries; the array cannot be read past this point");
    unit.close();
  }

  @Test
  void should_call_an_array_cut_off_mid_element_truncated() {
    Path file = text(dir.resolve("cut.json"), "[{\"instruction\": \"a\", \"output\": \"b\"}, {\"instruction\": \"c\", \"out");
    JsonArrayReader<Example> unit = alpaca(file, BadRecords.fail());
    unit.next();

    assertThatThrownBy(unit::next)
        .hasMessage(file + ":1: element [1]: unexpected end of input — truncated file?");
    unit.close();
  }

  @Test
  void should_call_an_array_without_closing_bracket_truncated() {
    Path file = text(dir.resolve("cut.json"), "[{\"instruction\": \"a\", \"output\": \"b\"}\n");
    JsonArrayReader<Example> unit = alpaca(file, BadRecords.fail());
    unit.next();

    assertThatThrownBy(unit::hasNext)
        .hasMessage(file + ":2: unexpected end of input: the array is not closed with ']' — truncated file?");
    unit.close();
  }

  @Test
  void should_refuse_text_after_the_array() {
    Path file = text(dir.resolve("two.json"), "[]\n[]\n");

    assertThatThrownBy(() -> alpaca(file, BadRecords.fail()).readAll())
        .hasMessage(file + ":2: unexpected text after the closing ']' of the array");
  }

  @Test
  void should_refuse_a_file_that_is_not_an_array() {
    Path file = text(dir.resolve("obj.json"), "\n{\"instruction\": \"a\"}");

    assertThatThrownBy(() -> alpaca(file, BadRecords.fail()))
        .isInstanceOf(InputFileException.class)
        .hasMessage(file + ":2: expected a JSON array '[...]' of records");
  }

  @Test
  void should_stream_a_million_elements() throws IOException {
    Path file = dir.resolve("big.json");
    int n = 1_000_000;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("[");
      for (int i = 0; i < n; i++) {
        out.write(i == 0 ? "\n" : ",\n");
        out.write("{\"instruction\":\"q" + i + "\",\"output\":\"a\"}");
      }
      out.write("\n]\n");
    }
    long count = 0;
    String lastInstruction = null;
    String lastSource = null;

    // a light mapper: this test is about streaming the array; Alpaca mapping is tested above
    RecordMapper<String> instruction = node -> node.get("instruction").asText();
    try (JsonArrayReader<String> unit = JsonArrayReader.open(file, instruction, BadRecords.fail())) {
      while (unit.hasNext()) {
        Sourced<String> next = unit.next();
        count++;
        lastInstruction = next.value();
        lastSource = next.source();
      }
      assertThat(unit.counts()).isEqualTo(new ReadCounts(n, 0));
    }

    assertThat(count).isEqualTo(n);
    assertThat(lastInstruction).isEqualTo("q999999");
    assertThat(lastSource).isEqualTo(file + ":1000001");
  }
}
