package io.instruct4j.finetune.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.instruct4j.finetune.train.model.ExpectedTensors;
import io.instruct4j.finetune.train.model.LlamaConfig;
import io.instruct4j.finetune.train.model.NamedTensor;
import io.instruct4j.finetune.train.model.RopeScaling;
import io.instruct4j.finetune.train.model.SafetensorsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a random Llama-style model of about 10M parameters in Hugging Face layout. */
final class BenchModel {

  static final LlamaConfig CONFIG = new LlamaConfig("llama", 8000, 256, 688, 8, 8, 4, 32,
      1e-6, 10000.0, RopeScaling.NONE, false, false, 2);

  private BenchModel() {}

  static Path write(Path dir, NDManager manager) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("config.json"), """
          {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 8000,
           "hidden_size": 256, "intermediate_size": 688, "num_hidden_layers": 8,
           "num_attention_heads": 8, "num_key_value_heads": 4, "rms_norm_eps": 1e-6,
           "hidden_act": "silu", "eos_token_id": 2, "tie_word_embeddings": false}
          """);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<NamedTensor> tensors = new ArrayList<>();
    for (Map.Entry<String, long[]> e : ExpectedTensors.of(CONFIG).entrySet()) {
      Shape shape = new Shape(e.getValue());
      tensors.add(NamedTensor.f32(e.getKey(), e.getValue().length == 1
          ? manager.ones(shape) : manager.randomNormal(0f, 0.02f, shape, ai.djl.ndarray.types.DataType.FLOAT32)));
    }
    SafetensorsWriter.write(dir.resolve("model.safetensors"), tensors);
    return dir;
  }
}
