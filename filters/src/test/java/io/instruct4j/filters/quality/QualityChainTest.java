package io.instruct4j.filters.quality;

import static io.instruct4j.filters.quality.Examples.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.record.Reject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QualityChainTest {

  private final QualityChain unit = QualityChain.of(
      QualityFilters.emptyOutput(),
      QualityFilters.outputLength(LengthUnit.WORDS, 3, null),
      QualityFilters.truncatedOutput());

  @Test
  void should_report_the_first_failing_filter_in_chain_order() {
    assertThat(unit.firstFailure(Examples.output("")))
        .contains(new QualityFailure("empty_output", "output is empty"));
    assertThat(unit.firstFailure(Examples.output("Hi,")))
        .contains(new QualityFailure("output_length", "output too short: 1 word (minimum 3)"));
    assertThat(unit.firstFailure(Examples.output("Mix, stir, and then,")))
        .contains(new QualityFailure("truncated_output", "output truncated: ends with ','"));
  }

  @Test
  void should_pass_an_example_every_filter_accepts() {
    var good = Examples.output("Mix, stir, and bake.");

    assertThat(unit.firstFailure(good)).isEmpty();
    assertThat(unit.reject(good)).isEmpty();
  }

  @Test
  void should_turn_a_failure_into_a_curate_reject_carrying_the_example() {
    var bad = example("List three fruits.", "", "苹果、香蕉、");

    Reject reject = unit.reject(bad).orElseThrow();

    assertThat(reject).isEqualTo(Reject.ofExample("curate", "output_length",
        "output too short: 1 word (minimum 3)", bad));
  }

  @Test
  void should_list_filter_names_in_order() {
    assertThat(unit.names()).containsExactly("empty_output", "output_length", "truncated_output");
  }

  @Test
  void should_refuse_a_null_filter_naming_its_position() {
    assertThatThrownBy(() -> new QualityChain(Arrays.asList(QualityFilters.emptyOutput(), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quality filter #1 is null");
  }

  @Test
  void should_survive_java_serialization_as_beam_does_with_dofn_fields() throws Exception {
    QualityChain full = QualityFilters.fromConfig(new QualityConfig(
        QualityConfig.LengthBounds.tokens(1, 10), null, QualityConfig.LengthBounds.tokens(1, 100),
        new QualityConfig.Blocklist(java.util.List.of("人工智能"), java.util.List.of("(?i)sorry"), null),
        null, null, null, null,
        new QualityConfig.RepeatedNgrams(null, null, null),
        new QualityConfig.SymbolRatio(null, null),
        new QualityConfig.Language("zh", null)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(full);
    }
    QualityChain copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (QualityChain) in.readObject();
    }

    var sorry = example("介绍一下你自己。", "", "Sorry我不能回答。");
    assertThat(copy.names()).isEqualTo(full.names());
    assertThat(copy.firstFailure(sorry)).isEqualTo(full.firstFailure(sorry))
        .contains(new QualityFailure("blocklist_regex", "output matches blocked pattern '(?i)sorry' at 'Sorry'"));
  }
}
