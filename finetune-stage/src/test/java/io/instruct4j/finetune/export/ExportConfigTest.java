package io.instruct4j.finetune.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.instruct4j.core.io.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportConfigTest {

  @Test
  void should_default_to_every_format_five_percent_and_seed_42() {
    ExportConfig unit = ExportConfig.defaults();

    assertThat(unit.formats()).containsExactly(ExportFormat.ALPACA, ExportFormat.SHAREGPT, ExportFormat.OPENAI);
    assertThat(unit.system()).isEmpty();
    assertThat(unit.validationFraction()).isEqualTo(0.05);
    assertThat(unit.seed()).isEqualTo(42L);
    assertThat(unit.datasetName()).isEqualTo("instruct4j");
  }

  @Test
  void should_bind_snake_case_keys() throws Exception {
    ExportConfig unit = Json.MAPPER.readValue("{\"formats\":[\"openai\",\"Alpaca\"],\"system_prompt\":\"你好\","
        + "\"validation_fraction\":0.1,\"seed\":7,\"dataset_name\":\"my-data\"}", ExportConfig.class);

    assertThat(unit).isEqualTo(new ExportConfig(List.of(ExportFormat.OPENAI, ExportFormat.ALPACA), "你好", 0.1, 7L, "my-data"));
    assertThat(unit.system()).isEqualTo(Optional.of("你好"));
  }

  @Test
  void should_name_an_unknown_format_and_list_the_known_ones() {
    assertThatThrownBy(() -> Json.MAPPER.readValue("{\"formats\":[\"csv\"]}", ExportConfig.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("unknown export format 'csv' (expected alpaca, sharegpt or openai)");
  }

  @Test
  void should_refuse_bad_values_naming_the_key() {
    assertThatThrownBy(() -> new ExportConfig(List.of(), null, null, null, null))
        .hasMessage("export.formats must name at least one of alpaca, sharegpt, openai");
    assertThatThrownBy(() -> new ExportConfig(List.of(ExportFormat.ALPACA, ExportFormat.ALPACA), null, null, null, null))
        .hasMessage("export.formats lists 'alpaca' twice");
    assertThatThrownBy(() -> new ExportConfig(null, " ", null, null, null))
        .hasMessage("export.system_prompt is blank; remove it to write no system prompt");
    assertThatThrownBy(() -> new ExportConfig(null, null, 1.0, null, null))
        .hasMessage("export.validation_fraction must be in [0, 1), got 1.0");
    assertThatThrownBy(() -> new ExportConfig(null, null, -0.1, null, null))
        .hasMessage("export.validation_fraction must be in [0, 1), got -0.1");
    assertThatThrownBy(() -> new ExportConfig(null, null, Double.NaN, null, null))
        .hasMessage("export.validation_fraction must be in [0, 1), got NaN");
    assertThatThrownBy(() -> new ExportConfig(null, null, null, null, "my data"))
        .hasMessage("export.dataset_name must be letters, digits, '_', '.' or '-', got 'my data'");
  }
}
