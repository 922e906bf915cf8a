package io.instruct4j.finetune.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved adapter has PEFT's file names, config fields, tensor names, shapes and dtype. */
class PeftLayoutTest {

  @TempDir Path dir;

  @Test
  void should_write_the_adapter_as_peft_save_pretrained_does() throws Exception {
    Path model = new TinyLlama().write(dir.resolve("model"));
    Path data = TrainData.answers(dir.resolve("data.jsonl"), 4);
    Path out = dir.resolve("out");
    new LoraTrainer(TrainConfig.builder().setModelDir(model).setDataFile(data).setOutputDir(out)
        .optRank(4).optAlpha(8).optDropout(0.1).optMaxSteps(2).optLogEvery(0)
        .optBaseModelName("meta-llama/Llama-3.2-1B").build()).run();

    JsonNode config = new ObjectMapper().readTree(out.resolve("adapter_config.json").toFile());
    assertThat(config.path("peft_type").asText()).isEqualTo("LORA");
    assertThat(config.path("task_type").asText()).isEqualTo("CAUSAL_LM");
    assertThat(config.path("r").isInt()).isTrue();
    assertThat(config.path("r").asInt()).isEqualTo(4);
    assertThat(config.path("lora_alpha").isIntegralNumber()).isTrue();
    assertThat(config.path("lora_alpha").asInt()).isEqualTo(8);
    assertThat(config.path("lora_dropout").asDouble()).isEqualTo(0.1);
    assertThat(config.path("target_modules").toString()).isEqualTo("[\"q_proj\",\"v_proj\"]");
    assertThat(config.path("base_model_name_or_path").asText()).isEqualTo("meta-llama/Llama-3.2-1B");
    assertThat(config.path("bias").asText()).isEqualTo("none");
    assertThat(config.path("fan_in_fan_out").asBoolean(true)).isFalse();
    assertThat(config.path("inference_mode").asBoolean(false)).isTrue();
    assertThat(config.path("use_rslora").asBoolean(true)).isFalse();

    byte[] bytes = Files.readAllBytes(out.resolve("adapter_model.safetensors"));
    long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    assertThat(headerLength % 8).isZero();
    JsonNode header = new ObjectMapper().readTree(new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8));
    assertThat(header.path("__metadata__").path("format").asText()).isEqualTo("pt");

    Map<String, long[]> shapes = new HashMap<>();
    try (NDManager m = Engine.getEngine("PyTorch").newBaseManager();
        InputStream in = Files.newInputStream(out.resolve("adapter_model.safetensors"))) {
      NDList decoded = NDList.decode(m, in); // DJL's own safetensors reader
      for (NDArray a : decoded) {
        assertThat(a.getDataType()).isEqualTo(DataType.FLOAT32);
        shapes.put(a.getName(), a.getShape().getShape());
      }
    }
    String p = "base_model.model.model.layers.";
    assertThat(shapes.keySet()).containsExactlyInAnyOrderElementsOf(List.of(
        p + "0.self_attn.q_proj.lora_A.weight", p + "0.self_attn.q_proj.lora_B.weight",
        p + "0.self_attn.v_proj.lora_A.weight", p + "0.self_attn.v_proj.lora_B.weight",
        p + "1.self_attn.q_proj.lora_A.weight", p + "1.self_attn.q_proj.lora_B.weight",
        p + "1.self_attn.v_proj.lora_A.weight", p + "1.self_attn.v_proj.lora_B.weight"));
    assertThat(shapes.get(p + "1.self_attn.q_proj.lora_A.weight")).containsExactly(4, 32);
    assertThat(shapes.get(p + "1.self_attn.q_proj.lora_B.weight")).containsExactly(32, 4);
    assertThat(shapes.get(p + "1.self_attn.v_proj.lora_A.weight")).containsExactly(4, 32);
    assertThat(shapes.get(p + "1.self_attn.v_proj.lora_B.weight")).containsExactly(16, 4);
  }
}
