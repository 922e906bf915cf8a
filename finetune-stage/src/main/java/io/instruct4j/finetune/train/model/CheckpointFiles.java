package io.instruct4j.finetune.train.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.instruct4j.finetune.train.TrainInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the safetensors shards of a Hugging Face model folder and lists their tensors. */
public final class CheckpointFiles {

  static final String INDEX = "model.safetensors.index.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CheckpointFiles() {}

  /**
   * Every tensor in the folder's shards, by name. Uses {@code model.safetensors.index.json} when
   * present, else every {@code *.safetensors} file; a name in two shards is an error.
   */
  public static Map<String, TensorEntry> tensors(Path modelDir) {
    Map<String, TensorEntry> all = new LinkedHashMap<>();
    for (Path shard : shards(modelDir)) {
      for (TensorEntry e : SafetensorsReader.entries(shard).values()) {
        TensorEntry previous = all.putIfAbsent(e.name(), e);
        if (previous != null) {
          throw TrainInputException.inFile(shard, "tensor '" + e.name() + "' is also in " + previous.file());
        }
      }
    }
    return all;
  }

  static List<Path> shards(Path modelDir) {
    if (!Files.isDirectory(modelDir)) {
      throw TrainInputException.inFile(modelDir, "is not a folder; give the Hugging Face model folder");
    }
    Path index = modelDir.resolve(INDEX);
    if (Files.isRegularFile(index)) {
      return fromIndex(modelDir, index);
    }
    try (Stream<Path> files = Files.list(modelDir)) {
      List<Path> shards = files.filter(p -> p.getFileName().toString().endsWith(".safetensors"))
          .sorted().toList();
      if (shards.isEmpty()) {
        throw TrainInputException.inFile(modelDir, "holds no *.safetensors weights (pytorch_model.bin "
            + "checkpoints are not read; convert them to safetensors first)");
      }
      return shards;
    } catch (IOException e) {
      throw TrainInputException.inFile(modelDir, "cannot be listed: " + e.getMessage());
    }
  }

  private static List<Path> fromIndex(Path modelDir, Path index) {
    JsonNode map;
    try {
      map = JSON.readTree(index.toFile()).path("weight_map");
    } catch (IOException e) {
      throw TrainInputException.inFile(index, "is not valid JSON: " + e.getMessage());
    }
    if (!map.isObject() || map.isEmpty()) {
      throw TrainInputException.inFile(index, "has no 'weight_map' object");
    }
    Set<String> names = new LinkedHashSet<>();
    map.forEach(v -> names.add(v.asText()));
    return names.stream().map(n -> {
      Path shard = modelDir.resolve(n);
      if (!Files.isRegularFile(shard)) {
        throw TrainInputException.inFile(index, "names shard '" + n + "', which is missing");
      }
      return shard;
    }).toList();
  }
}
