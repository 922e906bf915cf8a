package io.instruct4j.filters.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.instruct4j.filters.dedup.DedupFields;
import io.instruct4j.filters.dedup.KeepRule;
import io.instruct4j.filters.dedup.MinHashConfig;
import io.instruct4j.filters.dedup.SemanticConfig;
import io.instruct4j.filters.quality.QualityConfig;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CurateConfigTest {

  /** Mapped like the CLI's config loader: unknown keys fail. */
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  /** The root config nests the section under {@code curate:}. */
  record Root(CurateConfig curate) {}

  private static CurateConfig parse(String yaml) throws Exception {
    return YAML.readValue(yaml, Root.class).curate();
  }

  @Test
  void should_default_every_missing_key() throws Exception {
    CurateConfig unit = parse("curate: {}\n");

    assertThat(unit).isEqualTo(CurateConfig.defaults());
    assertThat(unit.inputs()).isEmpty();
    assertThat(unit.exactDuplicate()).isEqualTo(new ExactDuplicateSettings(true, DedupFields.INSTRUCTION_INPUT_OUTPUT));
    assertThat(unit.nearDuplicate().enabled()).isTrue();
    assertThat(unit.nearDuplicate().minHashConfig()).isEqualTo(MinHashConfig.defaults());
    assertThat(unit.semanticDuplicate().enabled()).isFalse();
    assertThat(unit.semanticDuplicate().semanticConfig()).isEqualTo(SemanticConfig.defaults());
    assertThat(unit.quality()).isEqualTo(QualityConfig.defaults());
    assertThat(unit.qualityChain().names())
        .containsExactly("empty_output", "output_equals_input", "output_equals_instruction", "truncated_output");
    assertThat(unit.enabledSteps())
        .containsExactly(CurateStep.QUALITY, CurateStep.EXACT_DUPLICATE, CurateStep.NEAR_DUPLICATE);
    assertThat(unit.disabledSteps()).containsExactly(CurateStep.SEMANTIC_DUPLICATE);
  }

  @Test
  void should_map_every_key_of_the_section() throws Exception {
    CurateConfig unit = parse("""
        curate:
          inputs: [a.jsonl, b.json]
          quality:
            output_length: {min_tokens: 2}
            truncated_output: false
          exact_duplicate: {enabled: false, fields: instruction}
          near_duplicate:
            enabled: true
            threshold: 0.7
            shingle_size: 2
            num_hashes: 64
            fields: instruction_input
            keep: longest_output
            bucket_scan_limit: 50
          semantic_duplicate: {enabled: true, threshold: 0.9, fields: output, batch_size: 8, neighbours: 5}
        """);

    assertThat(unit.inputs()).containsExactly("a.jsonl", "b.json");
    assertThat(unit.exactDuplicate()).isEqualTo(new ExactDuplicateSettings(false, DedupFields.INSTRUCTION));
    assertThat(unit.nearDuplicate().minHashConfig())
        .isEqualTo(new MinHashConfig(0.7, 2, 64, DedupFields.INSTRUCTION_INPUT, KeepRule.LONGEST_OUTPUT, 50));
    assertThat(unit.semanticDuplicate().enabled()).isTrue();
    assertThat(unit.semanticDuplicate().semanticConfig()).isEqualTo(new SemanticConfig(0.9, DedupFields.OUTPUT, 8, 5));
    assertThat(unit.qualityChain().names())
        .containsExactly("empty_output", "output_length", "output_equals_input", "output_equals_instruction");
    assertThat(unit.enabledSteps())
        .containsExactly(CurateStep.QUALITY, CurateStep.NEAR_DUPLICATE, CurateStep.SEMANTIC_DUPLICATE);
    assertThat(unit.disabledSteps()).containsExactly(CurateStep.EXACT_DUPLICATE);
  }

  @Test
  void should_refuse_an_unknown_key() {
    assertThatThrownBy(() -> parse("curate:\n  near_duplicate: {treshold: 0.7}\n"))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"treshold\"");
    assertThatThrownBy(() -> parse("curate:\n  dedup: {}\n"))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"dedup\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "near_duplicate: {threshold: 1.5}        | curate.near_duplicate.threshold must be in (0, 1], got 1.5",
      "near_duplicate: {threshold: 0}          | curate.near_duplicate.threshold must be in (0, 1], got 0.0",
      "near_duplicate: {shingle_size: 0}       | curate.near_duplicate.shingle_size must be in [1, 32], got 0",
      "near_duplicate: {num_hashes: 4}         | curate.near_duplicate.num_hashes must be in [8, 1024], got 4",
      "near_duplicate: {bucket_scan_limit: 0}  | curate.near_duplicate.bucket_scan_limit must be in [1, 1000000], got 0",
      "near_duplicate: {keep: biggest}         | unknown keep rule 'biggest' (expected first or longest_output)",
      "exact_duplicate: {fields: title}        | unknown dedup fields 'title'",
      "semantic_duplicate: {threshold: 2}      | curate.semantic_duplicate.threshold must be in (0, 1], got 2.0",
      "semantic_duplicate: {batch_size: 0}     | curate.semantic_duplicate.batch_size must be in [1, 4096], got 0",
      "semantic_duplicate: {neighbours: 1001}  | curate.semantic_duplicate.neighbours must be in [1, 1000], got 1001",
      "quality: {output_length: {}}            | curate.quality.output_length sets no bound",
      "quality: {symbol_ratio: {max_ratio: -1}} | curate.quality.symbol_ratio.max_ratio must be a finite number >= 0",
      "inputs: ['']                            | curate.inputs[0] is blank"})
  void should_name_the_setting_of_a_bad_value(String section, String message) {
    assertThatThrownBy(() -> parse("curate:\n  " + section + "\n")).hasMessageContaining(message);
  }

  @Test
  void should_keep_withers_checked() {
    CurateConfig unit = CurateConfig.defaults()
        .withInputs(List.of("x.jsonl"))
        .withNearDuplicate(NearDuplicateSettings.defaults().withThreshold(0.7))
        .withSemanticDuplicate(SemanticDuplicateSettings.defaults().withEnabled(true))
        .withExactDuplicate(ExactDuplicateSettings.defaults().withEnabled(false));

    assertThat(unit.inputs()).containsExactly("x.jsonl");
    assertThat(unit.nearDuplicate().threshold()).isEqualTo(0.7);
    assertThat(unit.enabledSteps())
        .containsExactly(CurateStep.QUALITY, CurateStep.NEAR_DUPLICATE, CurateStep.SEMANTIC_DUPLICATE);
    assertThatThrownBy(() -> NearDuplicateSettings.defaults().withThreshold(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("curate.near_duplicate.threshold must be in (0, 1], got -0.1");
  }
}
