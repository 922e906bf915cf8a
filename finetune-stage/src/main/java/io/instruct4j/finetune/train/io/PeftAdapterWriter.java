package io.instruct4j.finetune.train.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.finetune.train.model.LinearModule;
import io.instruct4j.finetune.train.model.LoraAdapter;
import io.instruct4j.finetune.train.model.LoraInit;
import io.instruct4j.finetune.train.model.LoraSpec;
import io.instruct4j.finetune.train.model.NamedTensor;
import io.instruct4j.finetune.train.model.SafetensorsWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an adapter exactly as PEFT's {@code save_pretrained} lays it out, so {@code
 * PeftModel.from_pretrained(base, dir)} loads it: {@code adapter_config.json} (sorted keys, as
 * PEFT dumps it) and {@code adapter_model.safetensors} with float32 tensors named
 * {@code base_model.model.model.layers.N.self_attn.q_proj.lora_A.weight} ([r, in]) and
 * {@code ...lora_B.weight} ([out, r]); the adapter name "default" is not part of saved names.
 */
public final class PeftAdapterWriter {

  public static final String CONFIG_FILE = "adapter_config.json";
  public static final String WEIGHTS_FILE = "adapter_model.safetensors";

  private static final ObjectMapper JSON = new ObjectMapper();

  private PeftAdapterWriter() {}

  /** Writes both files into {@code dir}, weights first so a config never points at missing weights. */
  public static void write(Path dir, LoraAdapter adapter, String baseModelName) {
    LoraSpec spec = adapter.spec().orElseThrow(() -> new IllegalArgumentException("no adapter to write"));
    List<NamedTensor> tensors = new ArrayList<>();
    adapter.parameters().forEach((name, array) -> tensors.add(NamedTensor.f32(name, array)));
    SafetensorsWriter.write(dir.resolve(WEIGHTS_FILE), tensors);
    AtomicFiles.writeString(dir.resolve(CONFIG_FILE), configJson(spec, baseModelName));
  }

  /** PEFT's LoraConfig fields for this adapter, keys sorted as PEFT writes them. */
  static String configJson(LoraSpec spec, String baseModelName) {
    ObjectNode c = JSON.createObjectNode();
    c.putObject("alpha_pattern");
    c.putNull("auto_mapping");
    c.put("base_model_name_or_path", baseModelName);
    c.put("bias", "none");
    c.put("fan_in_fan_out", false);
    c.put("inference_mode", true);
    if (spec.init() == LoraInit.GAUSSIAN) {
      c.put("init_lora_weights", "gaussian");
    } else {
      c.put("init_lora_weights", true);
    }
    c.putNull("layers_pattern");
    c.putNull("layers_to_transform");
    if (spec.alpha() == Math.rint(spec.alpha())) {
      c.put("lora_alpha", (long) spec.alpha()); // PEFT types lora_alpha as int
    } else {
      c.put("lora_alpha", spec.alpha());
    }
    c.put("lora_dropout", spec.dropout());
    c.putNull("modules_to_save");
    c.put("peft_type", "LORA");
    c.put("r", spec.rank());
    c.putObject("rank_pattern");
    c.putNull("revision");
    var targets = c.putArray("target_modules");
    spec.targets().stream().map(LinearModule::moduleName).sorted().forEach(targets::add);
    c.put("task_type", "CAUSAL_LM");
    c.put("use_dora", false);
    c.put("use_rslora", false);
    return c.toPrettyString() + "\n"; // keys were added in sorted order, as PEFT's sort_keys=True
  }
}
