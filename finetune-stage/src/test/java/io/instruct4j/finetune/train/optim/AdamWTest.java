package io.instruct4j.finetune.train.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdamWTest {

  private static void backward(Engine engine, NDArray p, float[] coefficients) {
    try (GradientCollector gc = engine.newGradientCollector()) {
      gc.backward(p.mul(p.getManager().create(coefficients)).sum());
    }
  }

  @Test
  void should_update_as_torch_adamw_with_decoupled_weight_decay() {
    Engine engine = Engine.getEngine("PyTorch");
    try (NDManager m = engine.newBaseManager()) {
      NDArray p = m.create(new float[] {1.0f, -2.0f, 0.5f});
      p.setRequiresGradient(true);
      AdamW unit = new AdamW(Map.of("p", p), m, 0.9, 0.999, 1e-8, 0.01);
      float[][] grads = {{0.5f, -1.5f, 0.0f}, {0.25f, 0.5f, -2.0f}};
      double[] ref = {1.0, -2.0, 0.5};
      double[] mRef = new double[3];
      double[] vRef = new double[3];
      double lr = 0.1;
      for (int t = 1; t <= 2; t++) {
        backward(engine, p, grads[t - 1]);
        unit.step(lr, 1.0);
        Gradients.zero(List.of(p));
        for (int i = 0; i < 3; i++) { // torch.optim.AdamW, written out per element
          double g = grads[t - 1][i];
          ref[i] *= 1 - lr * 0.01;
          mRef[i] = 0.9 * mRef[i] + 0.1 * g;
          vRef[i] = 0.999 * vRef[i] + 0.001 * g * g;
          double denom = Math.sqrt(vRef[i]) / Math.sqrt(1 - Math.pow(0.999, t)) + 1e-8;
          ref[i] -= lr / (1 - Math.pow(0.9, t)) * mRef[i] / denom;
        }
        float[] actual = p.toFloatArray();
        for (int i = 0; i < 3; i++) {
          assertThat((double) actual[i]).as("step %d element %d", t, i).isCloseTo(ref[i], within(1e-6));
        }
      }
      assertThat(unit.stepCount()).isEqualTo(2);
      assertThat(unit.state().get("p" + AdamW.FIRST_MOMENT).toFloatArray()[2]).isCloseTo((float) mRef[2], within(1e-7f));
    }
  }

  @Test
  void should_zero_gradients_even_when_they_are_nan_and_measure_the_global_norm() {
    Engine engine = Engine.getEngine("PyTorch");
    try (NDManager m = engine.newBaseManager()) {
      NDArray a = m.create(new float[] {1f, 2f});
      NDArray b = m.create(new float[] {3f});
      a.setRequiresGradient(true);
      b.setRequiresGradient(true);
      backward(engine, a, new float[] {3f, 4f});
      backward(engine, b, new float[] {12f});
      assertThat(Gradients.globalNorm(List.of(a, b), 0.5)).isCloseTo(6.5, within(1e-6));
      assertThat(Gradients.clipFactor(13, 1.0)).isCloseTo(1 / (13 + 1e-6), within(1e-12));
      assertThat(Gradients.clipFactor(0.5, 1.0)).isEqualTo(1.0);
      assertThat(Gradients.clipFactor(13, 0)).isEqualTo(1.0);

      backward(engine, b, new float[] {Float.NaN});
      assertThat(Gradients.globalNorm(List.of(a, b), 1)).isNaN();
      Gradients.zero(List.of(a, b));
      assertThat(a.getGradient().toFloatArray()).containsExactly(0f, 0f);
      assertThat(b.getGradient().toFloatArray()).containsExactly(0f);
    }
  }

  @Test
  void should_warm_up_linearly_then_decay_along_a_cosine_like_transformers() {
    LrSchedule unit = new LrSchedule(1.0, 2, 10);

    assertThat(unit.at(0)).isEqualTo(0.0);
    assertThat(unit.at(1)).isEqualTo(0.5);
    assertThat(unit.at(2)).isEqualTo(1.0);
    assertThat(unit.at(6)).isCloseTo(0.5, within(1e-12));
    assertThat(unit.at(9)).isCloseTo(0.5 * (1 + Math.cos(Math.PI * 7 / 8)), within(1e-12));
    assertThat(new LrSchedule(2e-4, 0, 4).at(0)).isEqualTo(2e-4);
  }
}
