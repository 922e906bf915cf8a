package io.instruct4j.finetune.train.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.instruct4j.finetune.train.TrainInputException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsTest {

  private static final float[] VALUES = {1.0f, -2.5f, 3.1415927f, 1e-3f, 300.7f, -0.0f};

  @TempDir Path dir;

  @Test
  void should_round_trip_f32_exactly_and_f16_bf16_to_their_precision() {
    try (NDManager m = Engine.getEngine("PyTorch").newBaseManager()) {
      NDArray a = m.create(VALUES, new Shape(2, 3));
      Path file = dir.resolve("t.safetensors");
      SafetensorsWriter.write(file, List.of(NamedTensor.of("f32", a, StDtype.F32),
          NamedTensor.of("f16", a, StDtype.F16), NamedTensor.of("bf16", a, StDtype.BF16)));

      Map<String, TensorEntry> entries = SafetensorsReader.entries(file);
      assertThat(entries.keySet()).containsExactly("f32", "f16", "bf16");
      assertThat(entries.get("bf16").dtype()).isEqualTo(StDtype.BF16);
      assertThat(entries.get("f16").shape()).containsExactly(2, 3);
      assertThat(TensorLoader.floats(m, entries.get("f32"))).containsExactly(VALUES);
      float[] half = TensorLoader.floats(m, entries.get("f16"));
      float[] brain = TensorLoader.floats(m, entries.get("bf16"));
      for (int i = 0; i < VALUES.length; i++) {
        assertThat(half[i]).isCloseTo(VALUES[i], within(Math.abs(VALUES[i]) * 1e-3f));
        assertThat(brain[i]).isEqualTo(bf16RoundNearestEven(VALUES[i]));
      }
    }
  }

  @Test
  void should_be_readable_by_djls_own_safetensors_decoder() throws Exception {
    try (NDManager m = Engine.getEngine("PyTorch").newBaseManager()) {
      Path file = dir.resolve("t.safetensors");
      SafetensorsWriter.write(file, List.of(NamedTensor.f32("x.weight", m.create(VALUES, new Shape(3, 2)))));
      try (InputStream in = Files.newInputStream(file)) {
        NDList decoded = NDList.decode(m, in);
        assertThat(decoded.get(0).getName()).isEqualTo("x.weight");
        assertThat(decoded.get(0).getShape()).isEqualTo(new Shape(3, 2));
        assertThat(decoded.get(0).toFloatArray()).containsExactly(VALUES);
      }
    }
  }

  @Test
  void should_name_the_file_when_it_is_not_safetensors() throws Exception {
    Path file = Files.write(dir.resolve("model.safetensors"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    assertThatThrownBy(() -> SafetensorsReader.entries(file))
        .isInstanceOf(TrainInputException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("not a safetensors file");
  }

  private static float bf16RoundNearestEven(float f) {
    int bits = Float.floatToRawIntBits(f);
    int rounded = (bits + 0x7FFF + ((bits >>> 16) & 1)) & 0xFFFF0000;
    return Float.intBitsToFloat(rounded);
  }
}
