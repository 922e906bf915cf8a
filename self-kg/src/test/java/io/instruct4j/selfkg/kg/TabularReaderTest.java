package io.instruct4j.selfkg.kg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.io.BadRecordException;
import io.instruct4j.core.io.BadRecordPolicy;
import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.record.Reject;
import io.instruct4j.selfkg.SelfKgConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularReaderTest {

  @TempDir Path dir;
  private KgFiles files;

  @BeforeEach
  void setUp() {
    files = new KgFiles(dir);
  }

  @Test
  void should_read_a_tsv_with_a_header_and_give_each_fact_its_line() {
    Path tsv = files.write("kg.tsv", "head\trelation\ttail\n偏头痛\t相关症状\t头痛\n\n偏头痛\t所属科室\t神经内科\n");

    KgRead read = files.read(tsv);

    assertThat(KgFiles.lines(read)).containsExactly(
        "偏头痛 | 所属科室 | 神经内科 @ " + tsv + ":4",
        "偏头痛 | 相关症状 | 头痛 @ " + tsv + ":2");
    assertThat(read.records()).isEqualTo(2);
    assertThat(read.facts().get(1).id()).isEqualTo(Triple.idOf("偏头痛", "相关症状", "头痛"));
  }

  @Test
  void should_read_a_headerless_tsv_in_the_configured_column_order() {
    Path tsv = files.write("kg.tsv", "头痛\t偏头痛\t相关症状\n");
    SelfKgConfig config = new SelfKgConfig(null, null, null, null, null, "false",
        java.util.List.of("tail", "head", "relation"), null, null, null, null, null, null, null, null, null,
        null, null, null, null);

    KgRead read = files.read(BadRecordPolicy.FAIL, config, "zh", tsv);

    assertThat(KgFiles.lines(read)).containsExactly("偏头痛 | 相关症状 | 头痛 @ " + tsv + ":1");
  }

  @Test
  void should_take_a_first_row_of_column_names_as_a_header_in_any_order() {
    Path csv = files.write("kg.csv", "subject,object,predicate\nmigraine,nausea,symptom\n");

    assertThat(KgFiles.lines(files.read(csv))).containsExactly("migraine | symptom | nausea @ " + csv + ":2");
  }

  @Test
  void should_read_quoted_csv_fields_with_commas_quotes_and_line_breaks() {
    Path csv = files.write("kg.csv", "head,relation,tail\n"
        + "\"cold, common\",self care,\"drink \"\"warm\"\" fluids\"\n"
        + "migraine,note,\"two\nlines\"\n"
        + "flu,symptom,fever\n");

    assertThat(KgFiles.lines(files.read(csv))).containsExactly(
        "cold, common | self care | drink \"warm\" fluids @ " + csv + ":2",
        "flu | symptom | fever @ " + csv + ":5",
        "migraine | note | two lines @ " + csv + ":3");
  }

  @Test
  void should_stop_at_a_bad_tsv_row_with_its_file_and_line() {
    Path tsv = files.write("kg.tsv", "偏头痛\t相关症状\t头痛\n偏头痛 所属科室 神经内科\n");

    assertThatThrownBy(() -> files.read(tsv))
        .isInstanceOf(BadRecordException.class)
        .hasMessage(tsv + ":2: expected 3 columns separated by tabs, found 1"
            + " (the row has no tab: are the columns separated by spaces?)");
  }

  @Test
  void should_reject_bad_rows_with_file_line_and_keep_reading_under_the_reject_policy() {
    Path tsv = files.write("kg.tsv", "偏头痛\t相关症状\t头痛\n偏头痛\t\t恶心\n感冒\t症状\t咳嗽\t多余\n感冒\t症状\t发热\n");

    KgRead read = files.read(BadRecordPolicy.REJECT, SelfKgConfig.defaults(), "zh", tsv);

    assertThat(KgFiles.lines(read)).containsExactly(
        "偏头痛 | 相关症状 | 头痛 @ " + tsv + ":1", "感冒 | 症状 | 发热 @ " + tsv + ":4");
    assertThat(files.rejects).extracting(Reject::stage, Reject::filter, Reject::source, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("read", "malformed_record", tsv + ":2", "the relation column is empty"),
            org.assertj.core.groups.Tuple.tuple("read", "malformed_record", tsv + ":3",
                "expected 3 columns separated by tabs, found 4"));
    assertThat(files.rejects.get(0).text()).isEqualTo("偏头痛\t\t恶心");
    assertThat(read.records()).isEqualTo(4);
  }

  @Test
  void should_report_an_unclosed_csv_quote_at_the_line_it_opens() {
    Path csv = files.write("kg.csv", "flu,symptom,fever\nflu,symptom,\"cough\nflu,cause,virus\n");

    assertThatThrownBy(() -> files.read(csv)).isInstanceOf(BadRecordException.class)
        .hasMessage(csv + ":2: a quoted field opened on line 2 is never closed with '\"'");
  }

  @Test
  void should_refuse_a_header_row_that_does_not_name_the_columns_when_told_there_is_one() {
    Path tsv = files.write("kg.tsv", "a\tb\tc\n");
    SelfKgConfig config = new SelfKgConfig(null, null, null, null, null, "true", null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> files.read(BadRecordPolicy.FAIL, config, "zh", tsv))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(tsv + ":1: self_kg.header is true but the first row [a, b, c]");
  }

  @Test
  void should_keep_one_copy_of_a_fact_read_twice_and_reject_the_repeat() {
    Path a = files.write("a.tsv", "flu\tsymptom\tfever\n");
    Path b = files.write("b.tsv", "flu\tsymptom\t fever \n");

    KgRead read = files.read(a, b);

    assertThat(read.facts()).hasSize(1);
    assertThat(read.triples()).isEqualTo(2);
    assertThat(read.duplicateTriples()).isEqualTo(1);
    assertThat(files.rejects).singleElement().satisfies(r -> {
      assertThat(r.filter()).isEqualTo("duplicate_triple");
      assertThat(r.source()).isEqualTo(b + ":1");
      assertThat(r.reason()).isEqualTo("the same fact was read before at " + a + ":1");
    });
  }

  @Test
  void should_name_the_supported_extensions_for_an_unknown_one() {
    Path xml = files.write("kg.xml", "<kg/>");

    assertThatThrownBy(() -> files.read(xml)).isInstanceOf(InputFileException.class)
        .hasMessageContaining("cannot tell the knowledge-graph format from the extension 'xml'");
  }
}
