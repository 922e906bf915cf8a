package io.instruct4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.finetune.export.ExportFormat;
import io.instruct4j.pipelines.RootConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Shortcut flags reach the config exactly, whatever YAML would make of the raw text. */
class ConfigFileOptionsTest {

  private static ConfigFileOptions parse(String... args) {
    return CommandLine.populateCommand(new ConfigFileOptions(), args);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Line one.\nIt's \"quoted\" # not a comment",
      "[local]", "{a: 1}", "yes", "off", "~", "null", "07", "1e3", "0x1F", "2024-01-02",
      "  leading and trailing  ", "tab\tand back\\slash", "\r\n",
      "line\u2028separator\u0085next line\u2029paragraph", "第二行 😀", "\u00a0no-break space", "- dash", "key: value"})
  void should_keep_a_string_value_exactly(String value) {
    ConfigFileOptions unit = parse();

    unit.shortcut("output", value);

    assertThat(unit.load().output()).isEqualTo(value);
  }

  @Test
  void should_keep_every_element_of_a_list_exactly() {
    ConfigFileOptions unit = parse();
    List<String> inputs = List.of("it's [1].jsonl", "a, b.json", "two\nlines.jsonl", "yes");

    unit.shortcut("curate.inputs", inputs);

    assertThat(unit.load().curate().inputs()).containsExactlyElementsOf(inputs);
  }

  @Test
  void should_write_numbers_and_booleans_as_themselves() {
    ConfigFileOptions unit = parse();

    unit.shortcut("export.seed", 7L);
    unit.shortcut("export.validation_fraction", 0.25);
    unit.shortcut("train.merge", Boolean.TRUE);
    unit.shortcut("self_kg.hops", 2);

    RootConfig config = unit.load();
    assertThat(config.export().seed()).isEqualTo(7L);
    assertThat(config.export().validationFraction()).isEqualTo(0.25);
    assertThat(config.train().merge()).isTrue();
    assertThat(config.selfKg().hops()).isEqualTo(2);
  }

  @Test
  void should_set_nothing_for_a_flag_that_was_not_given() {
    ConfigFileOptions unit = parse("--set", "export.formats=[alpaca]", "--set", "output=kept");

    unit.shortcut("export.formats", List.of());
    unit.shortcut("output", null);

    RootConfig config = unit.load();
    assertThat(config.export().formats()).containsExactly(ExportFormat.ALPACA);
    assertThat(config.output()).isEqualTo("kept");
  }

  @Test
  void should_let_a_shortcut_win_over_a_set_of_the_same_key() {
    ConfigFileOptions unit = parse("--set", "export.seed=1", "--set", "language=en", "--language", "zh");

    unit.shortcut("export.seed", 2L);

    RootConfig config = unit.load();
    assertThat(config.export().seed()).isEqualTo(2L);
    assertThat(config.language()).isEqualTo("zh");
  }

  @Test
  void should_quote_a_value_as_ascii_json() {
    assertThat(ConfigFileOptions.quote("it's\n\"ok\" 第\u2028")).isEqualTo("\"it's\\n\\\"ok\\\" \\u7B2C\\u2028\"");
    assertThat(ConfigFileOptions.quote(List.of("a", "b"))).isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void should_name_an_unknown_key_given_with_set() {
    ConfigFileOptions unit = parse("--set", "export.formt=[alpaca]");

    assertThatThrownBy(unit::load).isInstanceOf(UsageException.class)
        .hasMessage("unknown config key 'export.formt' in the defaults with the command-line overrides"
            + " (allowed here: dataset_name, formats, seed, system_prompt, validation_fraction)");
  }
}
