package io.instruct4j.filters.quality;

import static io.instruct4j.filters.quality.Examples.example;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputEqualsFilterTest {

  private final QualityFilter equalsInput = QualityFilters.outputEqualsInput();
  private final QualityFilter equalsInstruction = QualityFilters.outputEqualsInstruction();

  @Test
  void should_reject_an_output_that_repeats_the_input_up_to_whitespace() {
    var echo = example("Correct the grammar.", "He go to school.", "  He  go to\nschool. ");

    assertThat(Examples.verdict(equalsInput, echo))
        .isEqualTo("output equals the input after whitespace normalization (16 characters)");
  }

  @Test
  void should_accept_an_output_that_differs_in_case_or_words() {
    assertThat(Examples.verdict(equalsInput, example("Fix it.", "He go to school.", "he go to school.")))
        .isEmpty();
    assertThat(Examples.verdict(equalsInput, example("Fix it.", "He go to school.", "He goes to school.")))
        .isEmpty();
  }

  @Test
  void should_never_match_a_blank_input() {
    assertThat(Examples.verdict(equalsInput, example("Say nothing.", "", ""))).isEmpty();
    assertThat(Examples.verdict(equalsInput, example("Say nothing.", " \n", "\u3000"))).isEmpty();
  }

  @Test
  void should_reject_an_output_that_repeats_the_instruction() {
    var echo = example("写一首关于春天的诗。", "", "写一首关于春天的诗。\n");

    assertThat(Examples.verdict(equalsInstruction, echo))
        .isEqualTo("output equals the instruction after whitespace normalization (10 characters)");
    assertThat(Examples.verdict(equalsInput, echo)).isEmpty();
  }

  @Test
  void should_be_named_after_the_compared_field() {
    assertThat(equalsInput.name()).isEqualTo("output_equals_input");
    assertThat(equalsInstruction.name()).isEqualTo("output_equals_instruction");
  }
}
