package io.instruct4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.io.Json;
import io.instruct4j.finetune.train.TinyLlama;
import io.instruct4j.finetune.train.TrainData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `instruct4j train` on a tiny random Llama (finetune-stage's test fixture, via its test-jar). */
class TrainCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void should_be_listed_with_help() {
    assertThat(run("train", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString()).startsWith("Usage: instruct4j train").contains("--model-dir");
    out.getBuffer().setLength(0);
    assertThat(run("--help")).isEqualTo(Cli.OK);
    assertThat(out.toString()).contains("  train ");
  }

  @Test
  void should_train_a_few_steps_printing_progress_and_a_summary() throws IOException {
    Path model = new TinyLlama().write(dir.resolve("model"));
    Path data = TrainData.answers(dir.resolve("train.jsonl"), 8);
    Path adapter = dir.resolve("adapter");
    Path config = Files.writeString(dir.resolve("config.yaml"), """
        train:
          max_steps: 3
          max_seq_length: 32
          learning_rate: 0.01
          lora:
            r: 4
            alpha: 8
            target_modules: [q_proj, v_proj, o_proj]
        """);

    int code = run("train", "--data", data.toString(), "--model-dir", model.toString(), "--output", adapter.toString(),
        "-c", config.toString(), "--set", "train.batch_size=4");

    assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(6);
    for (int step = 1; step <= 3; step++) {
      assertThat(lines.get(step - 1)).matches("step " + step + "/3 loss \\d+\\.\\d{4} lr \\S+ tok/s \\d+ eta \\d\\d:\\d\\d:\\d\\d");
    }
    // 2 layers x (q: 4x(32+32), v: 4x(32+16), o: 4x(32+32)) = 1408 LoRA parameters
    assertThat(lines.get(3)).matches("Trained steps 1-3 of 3 on 8 examples in \\d+\\.\\d s: final loss \\d+\\.\\d{4}, "
        + "\\d+ tok/s, trainable \\d\\.\\d{4}% \\(1,408 of [\\d,]+ parameters\\)");
    assertThat(lines.get(3)).contains("final loss " + lines.get(2).split(" ")[3] + ",");
    assertThat(lines.get(4)).isEqualTo("Truncated 0 examples to max_seq_length, dropped 0 whose prompt filled it");
    assertThat(lines.get(5)).isEqualTo("Adapter: " + adapter + " (load with PeftModel.from_pretrained(base_model, \""
        + adapter + "\"))");
    var adapterConfig = Json.MAPPER.readTree(adapter.resolve("adapter_config.json").toFile());
    assertThat(adapterConfig.get("r").asInt()).isEqualTo(4);
    assertThat(adapterConfig.get("lora_alpha").asInt()).isEqualTo(8);
    assertThat(adapter.resolve("adapter_model.safetensors")).isNotEmptyFile();
  }

  @Test
  void should_name_a_missing_model_folder() {
    Path model = dir.resolve("no-model");
    Path data = TrainData.answers(dir.resolve("train.jsonl"), 2);

    assertThat(run("train", "--data", data.toString(), "--model-dir", model.toString(), "-o", dir.resolve("a").toString()))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString()).isEqualTo("instruct4j: " + model.resolve("config.json")
        + ": missing; the model folder must hold a Hugging Face config.json" + System.lineSeparator());
  }

  @Test
  void should_name_an_unsupported_architecture() {
    TinyLlama gpt2 = new TinyLlama();
    gpt2.modelType = "gpt2";
    gpt2.architecture = "GPT2LMHeadModel";
    Path model = gpt2.write(dir.resolve("gpt2"));
    Path data = TrainData.answers(dir.resolve("train.jsonl"), 2);

    assertThat(run("train", "--data", data.toString(), "--model-dir", model.toString(), "-o", dir.resolve("a").toString()))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString()).startsWith("instruct4j: " + model.resolve("config.json") + ": model_type 'gpt2'");
  }

  @Test
  void should_refuse_an_empty_dataset() throws IOException {
    Path model = new TinyLlama().write(dir.resolve("model"));
    Path data = Files.writeString(dir.resolve("empty.jsonl"), "");

    assertThat(run("train", "--data", data.toString(), "--model-dir", model.toString(), "-o", dir.resolve("a").toString()))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString()).isEqualTo("instruct4j: " + data + ": holds no examples; nothing to train on"
        + System.lineSeparator());
  }

  @Test
  void should_name_an_unknown_key_given_with_set() {
    Path data = TrainData.answers(dir.resolve("train.jsonl"), 2);

    assertThat(run("train", "--data", data.toString(), "-o", dir.resolve("a").toString(),
        "--set", "train.lora.rank=8")).isEqualTo(Cli.USAGE);

    assertThat(err.toString()).isEqualTo("instruct4j: unknown config key 'train.lora.rank' in the defaults with the"
        + " command-line overrides (allowed here: alpha, dropout, init, r, target_modules)" + System.lineSeparator());
  }

  @Test
  void should_name_bad_settings_by_config_key_or_flag() {
    Path model = new TinyLlama().write(dir.resolve("model"));
    Path data = TrainData.answers(dir.resolve("train.jsonl"), 2);
    String out = dir.resolve("a").toString();

    assertThat(run("train", "--data", data.toString(), "--model-dir", model.toString(), "-o", out,
        "--set", "train.lora.r=0")).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("train.lora.r: must be > 0, got 0");

    assertThat(run("train", "--data", data.toString(), "-o", out)).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("instruct4j: train.model_dir is not set");

    assertThat(run("train", "--data", data.toString(), "--model-dir", model.toString(), "-o", out,
        "--resume", dir.resolve("checkpoint-9").toString(), "--set", "train.max_steps=1")).isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("instruct4j: --resume: " + dir.resolve("checkpoint-9") + " is not a folder");
  }
}
