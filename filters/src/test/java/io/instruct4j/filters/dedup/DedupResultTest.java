package io.instruct4j.filters.dedup;

import static io.instruct4j.filters.dedup.ExactDedupTest.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupResultTest {

  @Test
  void should_serialize_a_cluster_in_snake_case_with_its_size() throws Exception {
    DuplicateCluster cluster = new DuplicateCluster("near_duplicate-1", "ex-a", List.of("ex-a", "ex-b"));

    assertThat(new ObjectMapper().writeValueAsString(cluster)).isEqualTo(
        "{\"cluster_id\":\"near_duplicate-1\",\"kept_id\":\"ex-a\",\"member_ids\":[\"ex-a\",\"ex-b\"],\"size\":2}");
  }

  @Test
  void should_refuse_clusters_that_cannot_be() {
    assertThatThrownBy(() -> new DuplicateCluster("c-1", "ex-a", List.of("ex-a")))
        .hasMessage("a duplicate cluster needs at least 2 members, got [ex-a] in c-1");
    assertThatThrownBy(() -> new DuplicateCluster("c-1", "ex-z", List.of("ex-a", "ex-b")))
        .hasMessage("kept id ex-z is not among the members [ex-a, ex-b] of c-1");
  }

  @Test
  void should_refuse_rejects_that_no_cluster_accounts_for() {
    Example kept = example("a", "", "");
    Example dropped = example("b", "", "");
    Reject reject = Reject.ofExample("curate", "exact_duplicate", "same", dropped).withDuplicateOf(kept.id());

    assertThatThrownBy(() -> new DedupResult(List.of(kept), List.of(reject), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("clusters hold 0 non-kept members but there are 1 rejects");
  }

  @Test
  void should_parse_setting_values_and_list_the_choices_on_error() {
    assertThat(KeepRule.fromKey("longest_output")).isEqualTo(KeepRule.LONGEST_OUTPUT);
    assertThat(DedupFields.fromKey("instruction_input")).isEqualTo(DedupFields.INSTRUCTION_INPUT);
    assertThatThrownBy(() -> KeepRule.fromKey("last"))
        .hasMessage("unknown keep rule 'last' (expected first or longest_output)");
    assertThatThrownBy(() -> DedupFields.fromKey("all"))
        .hasMessage("unknown dedup fields 'all' (expected instruction, instruction_input,"
            + " instruction_input_output or output)");
  }

  @Test
  void should_join_the_selected_fields_skipping_empty_ones() {
    Example noInput = example("Name a colour.", "", "Red.");
    Example full = example("Translate.", "Hallo", "Hello");

    assertThat(DedupFields.INSTRUCTION_INPUT_OUTPUT.text(noInput)).isEqualTo("Name a colour.\nRed.");
    assertThat(DedupFields.INSTRUCTION_INPUT_OUTPUT.text(full)).isEqualTo("Translate.\nHallo\nHello");
    assertThat(DedupFields.INSTRUCTION_INPUT.text(full)).isEqualTo("Translate.\nHallo");
    assertThat(DedupFields.OUTPUT.text(full)).isEqualTo("Hello");
  }
}
