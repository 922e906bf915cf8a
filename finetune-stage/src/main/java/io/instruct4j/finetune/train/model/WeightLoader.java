package io.instruct4j.finetune.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.instruct4j.finetune.train.TrainInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a checkpoint against its config (every tensor present, with the expected shape, and
 * nothing unknown) before loading anything, then loads it.
 */
final class WeightLoader {

  private static final int LISTED = 5;

  private WeightLoader() {}

  /** Validates every shard's header, then loads every weight as float32. */
  static LlamaWeights load(Path modelDir, LlamaConfig config, NDManager manager) {
    Map<String, TensorEntry> found = CheckpointFiles.tensors(modelDir);
    Map<String, long[]> expected = ExpectedTensors.of(config);
    validate(modelDir, config, found, expected);
    Map<String, NDArray> arrays = new LinkedHashMap<>();
    try {
      for (String name : expected.keySet()) {
        arrays.put(name, TensorLoader.load(manager, found.get(name), DataType.FLOAT32));
      }
    } catch (RuntimeException e) {
      arrays.values().forEach(NDArray::close);
      throw e;
    }
    return new LlamaWeights(arrays);
  }

  static void validate(Path modelDir, LlamaConfig config, Map<String, TensorEntry> found,
      Map<String, long[]> expected) {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      TensorEntry entry = found.get(e.getKey());
      if (entry == null) {
        missing.add(e.getKey() + " " + Arrays.toString(e.getValue()));
      } else if (!Arrays.equals(entry.shape(), e.getValue())) {
        throw TrainInputException.inFile(entry.file(), "tensor '" + e.getKey() + "' has shape "
            + entry.shapeText() + " but config.json implies " + Arrays.toString(e.getValue())
            + " (hidden_size=" + config.hiddenSize() + ", intermediate_size="
            + config.intermediateSize() + ", vocab_size=" + config.vocabSize() + ", heads="
            + config.numHeads() + ", kv_heads=" + config.numKvHeads() + ", head_dim="
            + config.headDim() + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw TrainInputException.inFile(modelDir, missing.size() + " weight(s) missing from the "
          + "safetensors files, e.g. " + missing.subList(0, Math.min(LISTED, missing.size())));
    }
    List<String> unexpected = found.keySet().stream()
        .filter(n -> !expected.containsKey(n) && !ExpectedTensors.ignorable(n, config)).toList();
    if (!unexpected.isEmpty()) {
      throw TrainInputException.inFile(found.get(unexpected.get(0)).file(), unexpected.size()
          + " tensor(s) that a " + config.modelType() + " model with this config.json does not have, e.g. "
          + unexpected.subList(0, Math.min(LISTED, unexpected.size()))
          + " (is num_hidden_layers right?)");
    }
  }
}
