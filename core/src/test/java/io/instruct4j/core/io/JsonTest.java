package io.instruct4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Provenance;
import io.instruct4j.core.record.Reject;
import io.instruct4j.core.record.Scores;
import io.instruct4j.core.record.Similar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  private static final Example FULL = new Example(null, "Translate to English", "你好，世界", "Hello, world",
      Method.SELF_INSTRUCT, "zh", true, Provenance.EMPTY.withModel("qwen2.5-7b").withRound(2),
      new Scores(0.5, 0.25, List.of(new Similar("ex-1", "Say hi", 0.5)), Map.of("z_ratio", 1.0, "a_ratio", 2.0)));

  private static final String FULL_JSON = "{\"id\":\"ex-562b39a3c04b2b20\",\"instruction\":\"Translate to English\","
      + "\"input\":\"你好，世界\",\"output\":\"Hello, world\",\"method\":\"self-instruct\",\"language\":\"zh\","
      + "\"is_classification\":true,\"provenance\":{\"model\":\"qwen2.5-7b\",\"round\":2},"
      + "\"scores\":{\"max_rouge_l\":0.5,\"avg_rouge_l\":0.25,"
      + "\"most_similar\":[{\"id\":\"ex-1\",\"text\":\"Say hi\",\"score\":0.5}],"
      + "\"other\":{\"a_ratio\":2.0,\"z_ratio\":1.0}}}";

  @Test
  void should_write_an_example_as_one_snake_case_line_with_sorted_map_keys() {
    assertThat(Json.toLine(FULL)).isEqualTo(FULL_JSON);
  }

  @Test
  void should_read_back_the_same_example() throws Exception {
    assertThat(Json.MAPPER.readValue(FULL_JSON, Example.class)).isEqualTo(FULL);
  }

  @Test
  void should_write_a_minimal_example_with_empty_input_and_empty_provenance_and_scores() {
    Example unit = Example.of("Name a colour", "", "Blue", Method.IMPORTED, "en");

    assertThat(Json.toLine(unit)).isEqualTo("{\"id\":\"ex-5ff37d8699d9375d\",\"instruction\":\"Name a colour\","
        + "\"input\":\"\",\"output\":\"Blue\",\"method\":\"imported\",\"language\":\"en\","
        + "\"provenance\":{},\"scores\":{}}");
  }

  @Test
  void should_keep_newlines_inside_strings_escaped_so_a_record_stays_on_one_line() {
    String line = Json.toLine(Example.of("Two\nlines", "", "a\r\nb", Method.IMPORTED, "en"));

    assertThat(line).doesNotContain("\n").doesNotContain("\r").contains("Two\\nlines", "a\\r\\nb");
  }

  @Test
  void should_write_the_same_bytes_whatever_the_map_insertion_order() {
    Map<String, Double> forward = new LinkedHashMap<>();
    forward.put("b", 1.0);
    forward.put("a", 2.0);
    Map<String, Double> backward = new LinkedHashMap<>();
    backward.put("a", 2.0);
    backward.put("b", 1.0);

    assertThat(Json.toLine(new Scores(null, null, null, forward)))
        .isEqualTo(Json.toLine(new Scores(null, null, null, backward)))
        .isEqualTo("{\"other\":{\"a\":2.0,\"b\":1.0}}");
  }

  @Test
  void should_write_a_reject_without_its_null_fields() {
    Reject unit = new Reject("read", "malformed_record", "missing field 'instruction'", "{}", null, null, "a.jsonl:3");

    assertThat(Json.toLine(unit)).isEqualTo("{\"stage\":\"read\",\"filter\":\"malformed_record\","
        + "\"reason\":\"missing field 'instruction'\",\"text\":\"{}\",\"source\":\"a.jsonl:3\"}");
  }
}
