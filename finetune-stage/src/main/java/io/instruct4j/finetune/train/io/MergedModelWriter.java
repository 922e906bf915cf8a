package io.instruct4j.finetune.train.io;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.instruct4j.finetune.train.model.CheckpointFiles;
import io.instruct4j.finetune.train.model.LinearModule;
import io.instruct4j.finetune.train.model.LlamaModel;
import io.instruct4j.finetune.train.model.LoraAdapter;
import io.instruct4j.finetune.train.model.NamedTensor;
import io.instruct4j.finetune.train.model.SafetensorsWriter;
import io.instruct4j.finetune.train.model.TensorEntry;
import io.instruct4j.finetune.train.model.TensorLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a plain Hugging Face model folder with the adapter merged in: W' = W + B·A·(alpha/r)
 * for every adapted layer, computed in float32 from the original checkpoint tensors (not the
 * in-memory copy, which may be float16) and stored in each tensor's original dtype, under the
 * same names, in one {@code model.safetensors}. config.json and the tokenizer files are copied.
 */
public final class MergedModelWriter {

  /** Files copied unchanged from the base model folder when present. */
  public static final List<String> COPIED = List.of("config.json", "generation_config.json",
      "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "tokenizer.model");

  private MergedModelWriter() {}

  /** Writes the merged model of {@code model} + {@code adapter} into {@code outDir}. */
  public static void write(Path modelDir, Path outDir, LlamaModel model, LoraAdapter adapter) {
    Map<String, TensorEntry> original = CheckpointFiles.tensors(modelDir);
    try (NDManager scratch = model.manager().newSubManager()) {
      List<NamedTensor> tensors = new ArrayList<>();
      for (String name : model.weights().all().keySet()) {
        TensorEntry entry = original.get(name);
        tensors.add(NamedTensor.lazy(name, entry.dtype(), entry.shape(),
            () -> merged(scratch, entry, delta(adapter, name))));
      }
      SafetensorsWriter.write(outDir.resolve("model.safetensors"), tensors);
    }
    try {
      for (String file : COPIED) {
        Path source = modelDir.resolve(file);
        if (Files.isRegularFile(source)) {
          Files.copy(source, outDir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy model files into " + outDir, e);
    }
  }

  private static NDArray merged(NDManager scratch, TensorEntry entry, Optional<NDArray> delta) {
    NDArray w = TensorLoader.load(scratch, entry, DataType.FLOAT32);
    delta.ifPresent(d -> {
      try (d) {
        w.addi(d);
      }
    });
    return w;
  }

  private static Optional<NDArray> delta(LoraAdapter adapter, String name) {
    for (LinearModule m : LinearModule.values()) {
      String suffix = "." + m.moduleName() + ".weight";
      if (name.startsWith("model.layers.") && name.endsWith(suffix)) {
        int layer = Integer.parseInt(name.substring("model.layers.".length(), name.indexOf('.', "model.layers.".length())));
        return adapter.mergedDelta(m, layer);
      }
    }
    return Optional.empty();
  }
}
