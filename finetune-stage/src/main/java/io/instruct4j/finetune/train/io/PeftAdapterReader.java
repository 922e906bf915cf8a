package io.instruct4j.finetune.train.io;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.instruct4j.finetune.train.TrainInputException;
import io.instruct4j.finetune.train.model.LinearModule;
import io.instruct4j.finetune.train.model.LlamaConfig;
import io.instruct4j.finetune.train.model.LoraAdapter;
import io.instruct4j.finetune.train.model.LoraInit;
import io.instruct4j.finetune.train.model.LoraSpec;
import io.instruct4j.finetune.train.model.SafetensorsReader;
import io.instruct4j.finetune.train.model.TensorEntry;
import io.instruct4j.finetune.train.model.TensorLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PEFT LoRA adapter folder back (ours or one PEFT wrote) for a given base model, checking
 * every tensor name and shape against the base model's config.
 */
public final class PeftAdapterReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PeftAdapterReader() {}

  /** The adapter's settings from {@code dir/adapter_config.json}. */
  public static LoraSpec readSpec(Path dir) {
    Path file = dir.resolve(PeftAdapterWriter.CONFIG_FILE);
    JsonNode c;
    try {
      c = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw TrainInputException.inFile(file, "cannot be read: " + e.getMessage());
    }
    requireValue(file, c, "peft_type", "LORA");
    requireValue(file, c, "bias", "none");
    for (String flag : List.of("use_rslora", "use_dora", "fan_in_fan_out")) {
      if (c.path(flag).asBoolean(false)) {
        throw TrainInputException.inFile(file, flag + " is true; only plain LoRA adapters are supported");
      }
    }
    List<LinearModule> targets = new ArrayList<>();
    JsonNode t = c.path("target_modules");
    if (t.isTextual() && t.asText().equals("all-linear")) {
      targets.addAll(LinearModule.ALL);
    } else if (t.isArray()) {
      for (JsonNode n : t) {
        targets.add(LinearModule.byName(n.asText()).orElseThrow(() -> TrainInputException.inFile(file,
            "target_modules names '" + n.asText() + "'; supported: " + LinearModule.ALL.stream().map(LinearModule::moduleName).toList())));
      }
    } else {
      throw TrainInputException.inFile(file, "target_modules must be a list of module names, got " + t);
    }
    LoraInit init = c.path("init_lora_weights").asText("true").equals("gaussian") ? LoraInit.GAUSSIAN : LoraInit.KAIMING_UNIFORM;
    try {
      return new LoraSpec(c.path("r").asInt(-1), c.path("lora_alpha").asDouble(-1),
          c.path("lora_dropout").asDouble(0), targets, init);
    } catch (IllegalArgumentException e) {
      throw TrainInputException.inFile(file, e.getMessage());
    }
  }

  /** Loads the adapter in {@code dir} for a base model with {@code config}, as float32 arrays. */
  public static LoraAdapter read(Path dir, LlamaConfig config, NDManager manager) {
    LoraSpec spec = readSpec(dir);
    Path file = dir.resolve(PeftAdapterWriter.WEIGHTS_FILE);
    if (!Files.isRegularFile(file)) {
      throw TrainInputException.inFile(file, "missing; a PEFT adapter folder holds adapter_model.safetensors");
    }
    Map<String, TensorEntry> entries = SafetensorsReader.entries(file);
    Map<String, long[]> expected = expectedShapes(config, spec);
    Set<String> unexpected = new HashSet<>(entries.keySet());
    unexpected.removeAll(expected.keySet());
    if (!unexpected.isEmpty()) {
      throw TrainInputException.inFile(file, "holds tensors this adapter config does not describe, e.g. "
          + unexpected.stream().sorted().limit(3).toList());
    }
    Map<String, NDArray> params = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      TensorEntry entry = entries.get(e.getKey());
      if (entry == null || !Arrays.equals(entry.shape(), e.getValue())) {
        throw TrainInputException.inFile(file, "tensor '" + e.getKey() + "' "
            + (entry == null ? "is missing" : "has shape " + entry.shapeText())
            + "; expected " + Arrays.toString(e.getValue()));
      }
      params.put(e.getKey(), TensorLoader.load(manager, entry, DataType.FLOAT32));
    }
    return LoraAdapter.of(spec, params);
  }

  /** PEFT tensor name to shape for every layer and target, A before B. */
  public static Map<String, long[]> expectedShapes(LlamaConfig config, LoraSpec spec) {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (int layer = 0; layer < config.numLayers(); layer++) {
      for (LinearModule m : spec.targets()) {
        out.put(LoraAdapter.nameA(m, layer), new long[] {spec.rank(), m.inFeatures(config)});
        out.put(LoraAdapter.nameB(m, layer), new long[] {m.outFeatures(config), spec.rank()});
      }
    }
    return out;
  }

  private static void requireValue(Path file, JsonNode c, String field, String value) {
    if (!c.path(field).asText().equals(value)) {
      throw TrainInputException.inFile(file, field + " is '" + c.path(field).asText() + "'; expected '" + value + "'");
    }
  }
}
