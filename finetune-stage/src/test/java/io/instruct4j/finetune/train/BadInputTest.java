package io.instruct4j.finetune.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.finetune.train.model.ExpectedTensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input stops the run before the first step, naming the file or setting to fix. */
class BadInputTest {

  @TempDir Path dir;
  private final List<String> progress = new ArrayList<>();

  private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(TinyLlama tiny, Path data) {
    return assertRefused(tiny.write(dir.resolve("model")), data);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path model, Path data) {
    Path out = dir.resolve("out");
    var thrown = assertThatThrownBy(() -> new LoraTrainer(TrainConfig.builder().setModelDir(model)
        .setDataFile(data).setOutputDir(out).optMaxSeqLength(32).optMaxSteps(2)
        .optTruncation(Truncation.FAIL).optProgress(progress::add).build()).run())
        .isInstanceOf(TrainInputException.class);
    assertThat(progress).as("no step may run").isEmpty();
    assertThat(out.resolve("adapter_model.safetensors")).doesNotExist();
    return thrown;
  }

  private Path data() {
    return TrainData.answers(dir.resolve("data.jsonl"), 4);
  }

  @Test
  void should_name_a_missing_weight() {
    TinyLlama tiny = new TinyLlama();
    Path model = tiny.write(dir.resolve("model"));
    Map<String, float[]> weights = tiny.weights();
    weights.remove("model.layers.1.mlp.down_proj.weight");
    TinyLlama.writeWeights(model.resolve("model.safetensors"), weights, ExpectedTensors.of(tiny.config()));

    assertRefused(model, data()).hasMessageStartingWith(model.toString())
        .hasMessageContaining("1 weight(s) missing")
        .hasMessageContaining("model.layers.1.mlp.down_proj.weight [32, 64]");
  }

  @Test
  void should_name_a_tensor_whose_shape_does_not_match_the_config() {
    TinyLlama tiny = new TinyLlama();
    Path model = tiny.write(dir.resolve("model"));
    Map<String, float[]> weights = tiny.weights();
    Map<String, long[]> shapes = new java.util.LinkedHashMap<>(ExpectedTensors.of(tiny.config()));
    weights.put("model.layers.0.self_attn.k_proj.weight", new float[32 * 32]);
    shapes.put("model.layers.0.self_attn.k_proj.weight", new long[] {32, 32});
    TinyLlama.writeWeights(model.resolve("model.safetensors"), weights, shapes);

    assertRefused(model, data()).hasMessageStartingWith(model.resolve("model.safetensors").toString())
        .hasMessageContaining("tensor 'model.layers.0.self_attn.k_proj.weight' has shape [32, 32] but config.json implies [16, 32]");
  }

  @Test
  void should_name_tensors_the_config_does_not_know() {
    TinyLlama tiny = new TinyLlama();
    Path model = tiny.write(dir.resolve("model"));
    tiny.layers = 1; // config says 1 layer, the weights have 2
    write(model.resolve("config.json"), tiny.configJson());

    assertRefused(model, data()).hasMessageContaining("tensor(s) that a llama model with this config.json does not have")
        .hasMessageContaining("model.layers.1.");
  }

  @Test
  void should_refuse_an_architecture_that_is_not_llama_like() {
    TinyLlama tiny = new TinyLlama();
    tiny.modelType = "gpt2";
    tiny.architecture = "GPT2LMHeadModel";

    assertRefused(tiny, data()).hasMessageContaining("config.json: model_type 'gpt2' (architectures [GPT2LMHeadModel])")
        .hasMessageContaining("supported model_type values: [llama, mistral, qwen2]");
  }

  @Test
  void should_refuse_a_tokenizer_larger_than_the_model_vocabulary() {
    TinyLlama tiny = new TinyLlama();
    tiny.vocab = 100;

    assertRefused(tiny, data()).hasMessageContaining("tokenizer.json: produces token ids up to 299")
        .hasMessageContaining("has vocab_size 100");
  }

  @Test
  void should_refuse_an_empty_dataset() {
    Path empty = TrainData.write(dir.resolve("empty.jsonl"), List.of());

    assertRefused(new TinyLlama(), empty).hasMessage(empty + ": holds no examples; nothing to train on");
  }

  @Test
  void should_refuse_an_over_long_example_naming_its_line() {
    Path data = TrainData.write(dir.resolve("long.jsonl"), List.of(TrainData.row("answer", "", "w1"),
        TrainData.row("answer", "", "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24")));

    assertRefused(new TinyLlama(), data).hasMessageStartingWith(data + ":2: example is 33 tokens long, over maxSeqLength 32");
  }

  @Test
  void should_refuse_a_malformed_data_line_naming_file_and_line() {
    Path data = TrainData.write(dir.resolve("bad.jsonl"), List.of(TrainData.row("answer", "", "w1"), "{\"instruction\": "));

    assertRefused(new TinyLlama(), data).hasMessageStartingWith(data + ":2");
  }

  @Test
  void should_name_a_missing_config_json() throws IOException {
    Path model = new TinyLlama().write(dir.resolve("model"));
    Files.delete(model.resolve("config.json"));

    assertRefused(model, data()).hasMessageStartingWith(model.resolve("config.json") + ": missing");
  }

  @Test
  void should_refuse_a_resume_with_a_different_learning_rate() {
    Path model = new TinyLlama().write(dir.resolve("model"));
    Path data = data();
    new LoraTrainer(TrainConfig.builder().setModelDir(model).setDataFile(data).setOutputDir(dir.resolve("first"))
        .optMaxSteps(4).optCheckpointEvery(2).optLogEvery(0).build()).run();

    assertThatThrownBy(() -> new LoraTrainer(TrainConfig.builder().setModelDir(model).setDataFile(data)
        .setOutputDir(dir.resolve("second")).optMaxSteps(4).optLearningRate(1e-3).optLogEvery(0)
        .optResumeFrom(dir.resolve("first/checkpoint-2")).build()).run())
        .isInstanceOf(TrainInputException.class)
        .hasMessage("setting 'learningRate': is 0.001 but checkpoint " + dir.resolve("first/checkpoint-2")
            + " was trained with 2.0E-4; a resumed run must use the same value");
  }

  @Test
  void should_refuse_a_loaded_model_that_config_json_in_model_dir_does_not_describe() {
    TinyLlama small = new TinyLlama();
    Path model = small.write(dir.resolve("model"));
    TinyLlama other = new TinyLlama();
    other.intermediate = 48;
    Path otherDir = other.write(dir.resolve("other"));
    try (var root = ai.djl.engine.Engine.getEngine("PyTorch").newBaseManager();
        var loaded = io.instruct4j.finetune.train.model.LlamaModel.load(otherDir, root)) {
      assertThatThrownBy(() -> new LoraTrainer(TrainConfig.builder().setModelDir(model).setDataFile(data())
          .setOutputDir(dir.resolve("out")).optLogEvery(0).build()).run(loaded))
          .isInstanceOf(TrainInputException.class)
          .hasMessageStartingWith("setting 'modelDir': " + model + "/config.json does not describe the loaded model");
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
