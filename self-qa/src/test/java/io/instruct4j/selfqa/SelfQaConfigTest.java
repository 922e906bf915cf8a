package io.instruct4j.selfqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelfQaConfigTest {

  @Test
  void should_fill_in_defaults() {
    SelfQaConfig unit = SelfQaConfig.defaults();

    assertThat(unit.inputs()).isEmpty();
    assertThat(unit.documentLanguage()).isEqualTo("auto");
    assertThat(unit.chunkUnit()).isEqualTo("tokens");
    assertThat(unit.chunkSize()).isEqualTo(350);
    assertThat(unit.chunkOverlap()).isEqualTo(40);
    assertThat(unit.questionsPerChunk()).isEqualTo(5);
    assertThat(unit.supportMetric()).isEqualTo("rouge_l_recall");
    assertThat(unit.minAnswerSupport()).isEqualTo(0.5);
    assertThat(unit.answerTemperature()).isEqualTo(0.0);
    assertThat(unit.withInputs(List.of("docs")).inputs()).containsExactly("docs");
  }

  @Test
  void should_name_the_key_of_a_bad_value() {
    assertThatThrownBy(() -> SelfQaConfig.defaults().withChunking("words", 100, 0, 0))
        .hasMessage("self_qa.chunk_unit must be one of [chars, tokens], got 'words'");
    assertThatThrownBy(() -> SelfQaConfig.defaults().withChunking("chars", 100, 100, 0))
        .hasMessage("self_qa.chunk_overlap (100) must be below self_qa.chunk_size (100)");
    assertThatThrownBy(() -> SelfQaConfig.defaults().withQuestionsPerChunk(0))
        .hasMessage("self_qa.questions_per_chunk must be at least 1, got 0");
  }
}
