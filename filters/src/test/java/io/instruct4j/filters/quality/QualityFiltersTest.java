package io.instruct4j.filters.quality;

import static io.instruct4j.filters.quality.Examples.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualityFiltersTest {

  private static QualityConfig config(
      QualityConfig.LengthBounds output, QualityConfig.Blocklist blocklist, Boolean truncated,
      QualityConfig.RepeatedNgrams ngrams) {
    return new QualityConfig(null, null, output, blocklist, null, null, null, truncated, ngrams, null, null);
  }

  @Test
  void should_run_only_the_four_safe_filters_by_default() {
    assertThat(QualityFilters.defaults().names())
        .containsExactly("empty_output", "output_equals_input", "output_equals_instruction", "truncated_output");
    assertThat(QualityFilters.fromConfig(null).names()).isEqualTo(QualityFilters.defaults().names());
  }

  @Test
  void should_build_every_section_in_the_documented_order() {
    QualityConfig all = new QualityConfig(
        QualityConfig.LengthBounds.tokens(3, 300),
        QualityConfig.LengthBounds.tokens(null, 2000),
        new QualityConfig.LengthBounds(1, null, null, 8000, 1, 4000),
        new QualityConfig.Blocklist(List.of("as an AI"), List.of("(?i)^sorry"), null),
        true, true, true, true,
        new QualityConfig.RepeatedNgrams(3, 0.3, null),
        new QualityConfig.SymbolRatio(0.2, null),
        new QualityConfig.Language("auto", null));

    assertThat(QualityFilters.fromConfig(all).names()).containsExactly(
        "empty_output", "instruction_length", "input_length",
        "output_length", "output_length", "output_length",
        "output_equals_input", "output_equals_instruction", "truncated_output",
        "blocklist_words", "blocklist_regex", "repeated_ngrams", "symbol_ratio", "language_mismatch");
  }

  @Test
  void should_turn_a_default_filter_off_when_set_to_false() {
    QualityChain unit = QualityFilters.fromConfig(config(null, null, false, null));

    assertThat(unit.names()).doesNotContain("truncated_output");
    assertThat(unit.firstFailure(Examples.output("The steps are:"))).isEmpty();
  }

  @Test
  void should_check_length_units_in_words_chars_tokens_order() {
    QualityChain unit = QualityFilters.fromConfig(
        config(new QualityConfig.LengthBounds(2, null, null, 3, null, null), null, null, null));

    assertThat(unit.firstFailure(Examples.output("巴黎是首都")).orElseThrow().reason())
        .isEqualTo("output too short: 1 word (minimum 2)");
    assertThat(unit.firstFailure(Examples.output("a bcd")).orElseThrow().reason())
        .isEqualTo("output too long: 5 characters (maximum 3)");
  }

  @Test
  void should_fill_missing_keys_of_a_present_section_with_the_documented_defaults() {
    QualityChain unit = QualityFilters.fromConfig(
        config(null, null, null, new QualityConfig.RepeatedNgrams(null, null, null)));

    assertThat(unit.firstFailure(example("Say yes.", "", "yes yes yes yes yes")).orElseThrow().reason())
        .isEqualTo("output repeated 3-gram ratio 0.667 (2 of 3 3-grams repeat; maximum 0.300)");
  }

  @Test
  void should_refuse_a_length_section_without_a_bound() {
    QualityConfig noBound = config(new QualityConfig.LengthBounds(null, null, null, null, null, null), null, null, null);

    assertThatThrownBy(() -> QualityFilters.fromConfig(noBound))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.output_length sets no bound: give min_/max_ words, chars or tokens, "
            + "or remove the section");
  }

  @Test
  void should_refuse_a_blocklist_without_entries() {
    QualityConfig empty = config(null, new QualityConfig.Blocklist(List.of(), null, null), null, null);

    assertThatThrownBy(() -> QualityFilters.fromConfig(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.blocklist has no words and no regex: add entries or remove the section");
  }

  @Test
  void should_refuse_an_empty_field_list() {
    QualityConfig noFields = config(null, new QualityConfig.Blocklist(List.of("x"), null, List.of()), null, null);

    assertThatThrownBy(() -> QualityFilters.fromConfig(noFields))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.blocklist.fields must name at least one of instruction, input, output");
  }
}
