package io.instruct4j.filters.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityConfigYamlTest {

  /** Mapped like the CLI's config loader: unknown keys fail. */
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  /** The enclosing section, as the root config nests it. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  record Curate(QualityConfig quality) {}

  private static final String FULL = """
      quality:
        instruction_length: {min_tokens: 3, max_tokens: 300}
        input_length: {max_tokens: 2000}
        output_length: {min_tokens: 1, max_tokens: 4000}
        blocklist:
          words: ["as an AI language model", 作为一个人工智能]
          regex: ["(?i)^sorry"]
          fields: [output]
        output_equals_input: true
        empty_output: true
        truncated_output: false
        repeated_ngrams: {n: 3, max_ratio: 0.3}
        symbol_ratio: {max_ratio: 0.2}
        language: {expected: auto}
      """;

  @Test
  void should_map_every_key_of_the_quality_section() throws Exception {
    QualityConfig config = YAML.readValue(FULL, Curate.class).quality();

    assertThat(config).isEqualTo(new QualityConfig(
        QualityConfig.LengthBounds.tokens(3, 300),
        QualityConfig.LengthBounds.tokens(null, 2000),
        QualityConfig.LengthBounds.tokens(1, 4000),
        new QualityConfig.Blocklist(List.of("as an AI language model", "作为一个人工智能"), List.of("(?i)^sorry"),
            List.of(ExampleField.OUTPUT)),
        true, true, null, false,
        new QualityConfig.RepeatedNgrams(3, 0.3, null),
        new QualityConfig.SymbolRatio(0.2, null),
        new QualityConfig.Language("auto", null)));
  }

  @Test
  void should_build_the_chain_the_yaml_describes() throws Exception {
    QualityChain unit = QualityFilters.fromConfig(YAML.readValue(FULL, Curate.class).quality());

    assertThat(unit.names()).containsExactly(
        "empty_output", "instruction_length", "input_length", "output_length",
        "output_equals_input", "output_equals_instruction",
        "blocklist_words", "blocklist_regex", "repeated_ngrams", "symbol_ratio", "language_mismatch");
    assertThat(unit.firstFailure(Examples.example("请介绍一下你自己。", "", "我作为一个人工智能，没有名字。")))
        .contains(new QualityFailure("blocklist_words", "output contains blocked word '作为一个人工智能'"));
  }

  @Test
  void should_fail_on_an_unknown_key_naming_it_and_its_path() {
    String typo = "quality:\n  output_length: {min_token: 3}\n";

    assertThatThrownBy(() -> YAML.readValue(typo, Curate.class))
        .isInstanceOfSatisfying(UnrecognizedPropertyException.class, e -> {
          assertThat(e.getPropertyName()).isEqualTo("min_token");
          assertThat(e.getPathReference()).contains("\"quality\"", "\"output_length\"", "\"min_token\"");
          assertThat(e.getKnownPropertyIds()).map(Object::toString).containsExactlyInAnyOrder(
              "min_words", "max_words", "min_chars", "max_chars", "min_tokens", "max_tokens");
        })
        .hasMessageContaining("Unrecognized field \"min_token\"");
  }

  @Test
  void should_fail_on_an_unknown_section_naming_it() {
    assertThatThrownBy(() -> YAML.readValue("symbol_ratios: {max_ratio: 0.2}\n", QualityConfig.class))
        .isInstanceOfSatisfying(UnrecognizedPropertyException.class,
            e -> assertThat(e.getPropertyName()).isEqualTo("symbol_ratios"));
  }

  @Test
  void should_fail_on_an_unknown_field_name_listing_the_accepted_ones() {
    String badField = "repeated_ngrams: {fields: [outptu]}\n";

    assertThatThrownBy(() -> YAML.readValue(badField, QualityConfig.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("unknown example field 'outptu' (expected instruction, input or output)");
  }

  @Test
  void should_report_a_bad_threshold_naming_the_setting_when_the_chain_is_built() throws Exception {
    QualityConfig config = YAML.readValue("repeated_ngrams: {n: 0}\n", QualityConfig.class);

    assertThatThrownBy(() -> QualityFilters.fromConfig(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.repeated_ngrams.n must be >= 1, got 0");
  }

  @Test
  void should_report_a_bad_regex_naming_the_setting_and_pattern() throws Exception {
    QualityConfig config = YAML.readValue("blocklist: {regex: ['[a-z']}\n", QualityConfig.class);

    assertThatThrownBy(() -> QualityFilters.fromConfig(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.blocklist.regex[0] is not a valid regular expression: '[a-z' "
            + "(Unclosed character class near index 3)");
  }

  @Test
  void should_report_a_bad_expected_language_naming_the_setting() throws Exception {
    QualityConfig config = YAML.readValue("language: {expected: fr}\n", QualityConfig.class);

    assertThatThrownBy(() -> QualityFilters.fromConfig(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.quality.language.expected must be auto, en or zh, got 'fr'");
  }

  @Test
  void should_write_snake_case_yaml_that_reads_back_equal() throws Exception {
    QualityConfig config = YAML.readValue(FULL, Curate.class).quality();

    String written = YAML.writeValueAsString(config);

    assertThat(written).contains("instruction_length:", "min_tokens: 3", "max_ratio: 0.3", "- \"output\"");
    assertThat(YAML.readValue(written, QualityConfig.class)).isEqualTo(config);
  }
}
