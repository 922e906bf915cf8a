package io.instruct4j.finetune.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import io.instruct4j.finetune.train.data.PromptTokenizer;
import io.instruct4j.finetune.train.data.SftDataset;
import io.instruct4j.finetune.train.data.TokenizerVocab;
import io.instruct4j.finetune.train.model.LlamaConfig;
import io.instruct4j.finetune.train.model.LlamaModel;

/**
 * Supervised LoRA fine-tuning of a Llama-family Hugging Face model on instruction examples, with
 * DJL's PyTorch engine; writes a PEFT-compatible adapter (and optionally a merged model).
 *
 * <pre>{@code
 * TrainResult result = new LoraTrainer(TrainConfig.builder()
 *     .setModelDir(Path.of("TinyLlama-1.1B")).setDataFile(Path.of("examples.jsonl"))
 *     .setOutputDir(Path.of("out")).optRank(16).optMaxSteps(200).build()).run();
 * }</pre>
 *
 * <p>Every input is checked before the first step: config.json, the tokenizer against the
 * model's vocabulary, the data, every weight's name and shape, and a checkpoint to resume from.
 */
public final class LoraTrainer {

  private final TrainConfig config;

  public LoraTrainer(TrainConfig config) {
    this.config = java.util.Objects.requireNonNull(config, "config");
  }

  /** Loads the model named by the config, trains, writes the outputs. */
  public TrainResult run() {
    LlamaConfig modelConfig = LlamaConfig.read(config.modelDir());
    SftDataset data = prepareData(modelConfig);
    Engine engine = Engine.getEngine("PyTorch");
    try (NDManager root = engine.newBaseManager(device(engine));
        LlamaModel model = LlamaModel.load(config.modelDir(), root)) {
      return train(model, data);
    }
  }

  /**
   * Trains on an already loaded base model (e.g. several adapters on one base); the model's
   * weights are left untouched and stay open.
   */
  public TrainResult run(LlamaModel model) {
    if (!model.config().equals(LlamaConfig.read(config.modelDir()))) {
      throw TrainInputException.inSetting("modelDir", config.modelDir() + "/config.json does not describe "
          + "the loaded model; the adapter and merged weights must name the model that was trained");
    }
    return train(model, prepareData(model.config()));
  }

  private TrainResult train(LlamaModel model, SftDataset data) {
    try (TrainingLoop loop = new TrainingLoop(config, model, data, model.config().eosTokenId())) {
      return loop.run();
    }
  }

  private SftDataset prepareData(LlamaConfig modelConfig) {
    java.nio.file.Path configFile = config.modelDir().resolve("config.json");
    if (modelConfig.eosTokenId() < 0 || modelConfig.eosTokenId() >= modelConfig.vocabSize()) {
      throw TrainInputException.inFile(configFile, "eos_token_id " + modelConfig.eosTokenId()
          + " is missing or outside the vocabulary (vocab_size " + modelConfig.vocabSize()
          + "); the trainer appends it to every response");
    }
    try (PromptTokenizer tokenizer = PromptTokenizer.open(config.modelDir())) {
      long vocab = TokenizerVocab.size(tokenizer.file());
      if (vocab > modelConfig.vocabSize()) {
        throw TrainInputException.inFile(tokenizer.file(), "produces token ids up to " + (vocab - 1)
            + " but " + configFile + " has vocab_size " + modelConfig.vocabSize()
            + "; the tokenizer does not belong to this model");
      }
      return SftDataset.load(config.dataFile(), config.language(), tokenizer, modelConfig.eosTokenId(),
          config.maxSeqLength(), config.truncation());
    }
  }

  private Device device(Engine engine) {
    if (config.device().equals("cpu")) {
      return Device.cpu();
    }
    if (engine.getGpuCount() == 0) {
      throw TrainInputException.inSetting("device", "is 'gpu' but DJL's PyTorch engine sees no CUDA "
          + "device; put ai.djl.pytorch:pytorch-native-cu128 (linux-x86_64) on the class path instead "
          + "of pytorch-native-cpu, or use 'cpu'");
    }
    return Device.gpu();
  }
}
