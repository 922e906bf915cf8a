package io.instruct4j.finetune.train.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import io.instruct4j.finetune.train.TinyLlama;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoraAdapterTest {

  @TempDir Path dir;

  @Test
  void should_leave_the_logits_exactly_as_the_base_model_at_step_zero() {
    new TinyLlama().write(dir);
    try (NDManager root = Engine.getEngine("PyTorch").newBaseManager();
        LlamaModel model = LlamaModel.load(dir, root)) {
      LoraAdapter unit = LoraAdapter.init(root, model.config(),
          new LoraSpec(4, 8, 0, LinearModule.ALL, LoraInit.KAIMING_UNIFORM), 3);
      long[][] ids = {{1, 3, 4, 7, 11, 12, 13, 6, 7}, {1, 50, 60, 70, 80, 90, 100, 110, 120}};

      float[][][] base = model.logits(ids, LoraAdapter.none());
      float[][][] adapted = model.logits(ids, unit);

      for (int b = 0; b < 2; b++) {
        for (int t = 0; t < 9; t++) {
          assertThat(adapted[b][t]).containsExactly(base[b][t]);
        }
      }
    }
  }

  @Test
  void should_start_a_like_pefts_kaiming_uniform_and_b_at_zero_under_pefts_names() {
    TinyLlama tiny = new TinyLlama();
    try (NDManager root = Engine.getEngine("PyTorch").newBaseManager()) {
      LoraAdapter unit = LoraAdapter.init(root, tiny.config(),
          new LoraSpec(8, 16, 0.05, List.of(LinearModule.V_PROJ, LinearModule.Q_PROJ, LinearModule.DOWN_PROJ), LoraInit.KAIMING_UNIFORM), 3);

      assertThat(unit.parameters().keySet()).startsWith(
          "base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight",
          "base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight",
          "base_model.model.model.layers.0.self_attn.v_proj.lora_A.weight",
          "base_model.model.model.layers.0.self_attn.v_proj.lora_B.weight",
          "base_model.model.model.layers.0.mlp.down_proj.lora_A.weight");
      assertThat(unit.parameters()).hasSize(12);
      float[] downA = unit.parameters().get(LoraAdapter.nameA(LinearModule.DOWN_PROJ, 1)).toFloatArray();
      assertThat(downA).hasSize(8 * 64);
      double bound = 1 / Math.sqrt(64);
      double max = 0;
      for (float a : downA) {
        assertThat(Math.abs(a)).isLessThanOrEqualTo((float) bound);
        max = Math.max(max, Math.abs(a));
      }
      assertThat(max).isGreaterThan(bound * 0.9);
      assertThat(unit.parameters().get(LoraAdapter.nameB(LinearModule.V_PROJ, 0)).getShape().getShape())
          .containsExactly(16, 8);
      assertThat(unit.parameters().get(LoraAdapter.nameB(LinearModule.V_PROJ, 0)).toFloatArray()).containsOnly(0f);
      assertThat(unit.parameters().values()).allMatch(p -> p.hasGradient());
      assertThat(unit.parameterCount()).isEqualTo(2L * (8 * 32 + 32 * 8 + 8 * 32 + 16 * 8 + 8 * 64 + 32 * 8));
    }
  }

  @Test
  void should_draw_gaussian_a_with_standard_deviation_one_over_r() {
    TinyLlama tiny = new TinyLlama();
    tiny.intermediate = 4096;
    try (NDManager root = Engine.getEngine("PyTorch").newBaseManager()) {
      LoraAdapter unit = LoraAdapter.init(root, tiny.config(),
          new LoraSpec(4, 8, 0, List.of(LinearModule.DOWN_PROJ), LoraInit.GAUSSIAN), 9);
      float[] a = unit.parameters().get(LoraAdapter.nameA(LinearModule.DOWN_PROJ, 0)).toFloatArray();
      double sumSquares = 0;
      for (float v : a) {
        sumSquares += v * v;
      }
      assertThat(Math.sqrt(sumSquares / a.length)).isCloseTo(0.25, within(0.01));
    }
  }
}
