package io.instruct4j.finetune.train.io;

import ai.djl.ndarray.NDManager;
import io.instruct4j.finetune.train.TrainInputException;
import io.instruct4j.finetune.train.model.LoraAdapter;
import io.instruct4j.finetune.train.model.NamedTensor;
import io.instruct4j.finetune.train.model.SafetensorsReader;
import io.instruct4j.finetune.train.model.SafetensorsWriter;
import io.instruct4j.finetune.train.model.TensorEntry;
import io.instruct4j.finetune.train.model.TensorLoader;
import io.instruct4j.finetune.train.optim.AdamW;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checkpoint folders {@code checkpoint-<step>}: the adapter in PEFT layout (usable as is),
 * {@code optimizer.safetensors} with AdamW's moments, and {@code trainer_state.json}. A folder is
 * assembled under a temporary name and renamed when complete, so a crash never leaves a
 * half-written checkpoint that looks resumable.
 */
public final class Checkpoints {

  public static final String OPTIMIZER_FILE = "optimizer.safetensors";

  private Checkpoints() {}

  /** The folder name for a step. */
  public static String name(int step) {
    return "checkpoint-" + step;
  }

  /** Saves a checkpoint of {@code step} under {@code outputDir}; returns its folder. */
  public static Path save(Path outputDir, LoraAdapter adapter, AdamW optimizer, TrainerState state, String baseModelName) {
    Path target = outputDir.resolve(name(state.globalStep()));
    Path temp = outputDir.resolve("." + name(state.globalStep()) + ".tmp");
    try {
      deleteTree(temp);
      Files.createDirectories(temp);
      PeftAdapterWriter.write(temp, adapter, baseModelName);
      List<NamedTensor> moments = new ArrayList<>();
      optimizer.state().forEach((n, a) -> moments.add(NamedTensor.f32(n, a)));
      SafetensorsWriter.write(temp.resolve(OPTIMIZER_FILE), moments);
      state.write(temp);
      deleteTree(target);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + target, e);
    }
  }

  /** AdamW moments saved in {@code checkpointDir}, as Java floats keyed like {@link AdamW#state()}. */
  public static Map<String, float[]> readMoments(Path checkpointDir, NDManager manager) {
    Path file = checkpointDir.resolve(OPTIMIZER_FILE);
    if (!Files.isRegularFile(file)) {
      throw TrainInputException.inFile(file, "missing; is " + checkpointDir + " a checkpoint folder?");
    }
    Map<String, float[]> out = new LinkedHashMap<>();
    for (TensorEntry e : SafetensorsReader.entries(file).values()) {
      out.put(e.name(), TensorLoader.floats(manager, e));
    }
    return out;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
