package io.instruct4j.finetune.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.finetune.train.model.LinearModule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainConfigTest {

  private static TrainConfig.Builder valid() {
    return TrainConfig.builder().setModelDir(Path.of("m")).setDataFile(Path.of("d.jsonl")).setOutputDir(Path.of("o"));
  }

  @Test
  void should_default_to_pefts_q_and_v_targets_on_cpu() {
    TrainConfig unit = valid().build();

    assertThat(unit.lora().targets()).containsExactly(LinearModule.Q_PROJ, LinearModule.V_PROJ);
    assertThat(unit.lora().rank()).isEqualTo(8);
    assertThat(unit.lora().scaling()).isEqualTo(2.0);
    assertThat(unit.neftuneAlpha()).isZero();
    assertThat(unit.baseModelName()).isEqualTo("m");
    assertThat(unit.device()).isEqualTo("cpu");
    assertThat(valid().optTargetModules(List.of("all-linear")).build().lora().targets()).hasSize(7);
  }

  @Test
  void should_name_the_setting_it_refuses() {
    assertThatThrownBy(() -> valid().optRank(0).build()).hasMessage("setting 'rank': must be > 0, got 0");
    assertThatThrownBy(() -> valid().optDropout(1).build()).hasMessage("setting 'dropout': must be in [0, 1), got 1.0");
    assertThatThrownBy(() -> valid().optTargetModules(List.of("q_proj", "qkv")).build())
        .hasMessageStartingWith("setting 'targetModules': unknown module 'qkv'");
    assertThatThrownBy(() -> valid().optLanguage("english!").build())
        .hasMessage("setting 'language': must be a BCP-47 tag such as en or zh, got english!");
    assertThatThrownBy(() -> valid().optDevice("tpu").build()).hasMessage("setting 'device': must be 'cpu' or 'gpu', got tpu");
    assertThatThrownBy(() -> valid().optLearningRate(Double.NaN).build()).hasMessage("setting 'learningRate': must be > 0, got NaN");
    assertThatThrownBy(() -> TrainConfig.builder().setDataFile(Path.of("d")).setOutputDir(Path.of("o")).build())
        .isInstanceOf(TrainInputException.class).hasMessage("setting 'modelDir': is required, got null");
  }
}
