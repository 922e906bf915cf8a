package io.instruct4j.finetune.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.instruct4j.core.io.Json;
import io.instruct4j.finetune.train.model.LoraInit;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TrainSettingsTest {

  private final Consumer<String> sink = line -> { };
  private final Path data = Path.of("train.jsonl");

  private static TrainSettings parse(String json) throws Exception {
    return Json.MAPPER.readValue(json, TrainSettings.class);
  }

  @Test
  void should_keep_the_trainers_defaults_for_absent_keys() throws Exception {
    TrainSettings unit = parse("{\"model_dir\": \"models/tiny\", \"output\": \"runs/adapter\"}");

    assertThat(unit.toConfig(data, null, "en", sink)).isEqualTo(TrainConfig.builder()
        .setModelDir(Path.of("models/tiny")).setDataFile(data).setOutputDir(Path.of("runs/adapter"))
        .optProgress(sink).build());
  }

  @Test
  void should_map_every_key_onto_the_builder() throws Exception {
    TrainSettings unit = parse("""
        {"model_dir": "m", "output": "o", "base_model_name": "org/tiny",
         "lora": {"r": 16, "alpha": 32, "dropout": 0.1, "target_modules": ["q_proj", "k_proj"], "init": "gaussian"},
         "learning_rate": 1e-4, "warmup_steps": 3, "epochs": 2, "max_steps": 50, "batch_size": 2,
         "gradient_accumulation": 4, "max_seq_length": 256, "truncation": "fail", "weight_decay": 0.01,
         "max_grad_norm": 0.5, "neftune_alpha": 5, "seed": 7, "checkpoint_every": 10, "merge": true,
         "device": "cpu", "log_every": 5}
        """);

    assertThat(unit.toConfig(data, Path.of("elsewhere"), "zh", sink)).isEqualTo(TrainConfig.builder()
        .setModelDir(Path.of("m")).setDataFile(data).setOutputDir(Path.of("elsewhere")).optLanguage("zh")
        .optBaseModelName("org/tiny").optRank(16).optAlpha(32).optDropout(0.1)
        .optTargetModules(List.of("q_proj", "k_proj")).optInit(LoraInit.GAUSSIAN).optLearningRate(1e-4)
        .optWarmupSteps(3).optEpochs(2).optMaxSteps(50).optBatchSize(2).optGradientAccumulation(4)
        .optMaxSeqLength(256).optTruncation(Truncation.FAIL).optWeightDecay(0.01).optMaxGradNorm(0.5)
        .optNeftuneAlpha(5).optSeed(7).optCheckpointEvery(10).optMerge(true).optDevice("cpu").optLogEvery(5)
        .optProgress(sink).build());
  }

  @Test
  void should_name_a_bad_value_by_its_yaml_key_when_the_section_is_read() {
    assertThatThrownBy(() -> parse("{\"lora\": {\"r\": 0}}")).hasRootCauseInstanceOf(TrainInputException.class)
        .hasMessageContaining("train.lora.r: must be > 0, got 0");
    assertThatThrownBy(() -> parse("{\"lora\": {\"target_modules\": [\"qkv\"]}}"))
        .hasMessageContaining("train.lora.target_modules: unknown module 'qkv'; use q_proj, k_proj, v_proj, o_proj, "
            + "gate_proj, up_proj, down_proj or all-linear");
    assertThatThrownBy(() -> parse("{\"learning_rate\": -1}"))
        .hasMessageContaining("train.learning_rate: must be > 0, got -1.0");
    assertThatThrownBy(() -> parse("{\"max_seq_length\": 1}"))
        .hasMessageContaining("train.max_seq_length: must be >= 2, got 1");
    assertThatThrownBy(() -> parse("{\"device\": \"tpu\"}"))
        .hasMessageContaining("train.device: must be 'cpu' or 'gpu', got tpu");
    assertThatThrownBy(() -> parse("{\"truncation\": \"cut\"}"))
        .hasMessageContaining("train.truncation must be one of [truncate, fail], got 'cut'");
    assertThatThrownBy(() -> parse("{\"lora\": {\"init\": \"zeros\"}}"))
        .hasMessageContaining("train.lora.init must be one of [kaiming_uniform, gaussian], got 'zeros'");
  }

  @Test
  void should_refuse_unknown_keys() {
    assertThatThrownBy(() -> parse("{\"lora\": {\"rank\": 8}}")).isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"rank\"");
  }

  @Test
  void should_ask_for_the_model_folder_and_the_output() {
    assertThatThrownBy(() -> TrainSettings.defaults().toConfig(data, Path.of("o"), sink))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("train.model_dir is not set; give the Hugging Face model folder (config.json, *.safetensors, tokenizer.json)");
    TrainSettings noOutput = new TrainSettings("m", null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);
    assertThatThrownBy(() -> noOutput.toConfig(data, null, sink))
        .hasMessage("train.output is not set; give the folder for the adapter");
  }

  @Test
  void should_translate_setting_names_and_leave_file_messages_alone() {
    assertThat(TrainSettings.describe(TrainInputException.inSetting("gradientAccumulation", "must be > 0, got 0")))
        .isEqualTo("train.gradient_accumulation: must be > 0, got 0");
    assertThat(TrainSettings.describe(TrainInputException.inSetting("outputDir", "is required, got null")))
        .isEqualTo("train.output: is required, got null");
    assertThat(TrainSettings.describe(TrainInputException.inSetting("resumeFrom", "x is not a folder")))
        .isEqualTo("setting 'resumeFrom': x is not a folder");
    assertThat(TrainSettings.describe(TrainInputException.inFile("m/config.json", "missing")))
        .isEqualTo("m/config.json: missing");
  }
}
