package io.instruct4j.finetune.train;

import io.instruct4j.finetune.train.model.LinearModule;
import io.instruct4j.finetune.train.model.LoraInit;
import io.instruct4j.finetune.train.model.LoraSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a LoRA/SFT run needs. Build with {@link #builder()}: {@code setX} for the three
 * required paths, {@code optX} for the rest; defaults follow PEFT and the Hugging Face Trainer.
 * {@link Builder#build()} validates every value and names the setting it rejects.
 *
 * @param modelDir Hugging Face model folder: config.json, *.safetensors, tokenizer.json
 * @param dataFile examples (JSONL or an Alpaca JSON array) read with core's readers
 * @param outputDir where the adapter, checkpoints and the merged model go
 * @param language language tag given to records that carry none
 * @param lora rank, alpha, dropout, target modules and initialisation
 * @param learningRate peak learning rate
 * @param warmupSteps linear warm-up steps before cosine decay
 * @param epochs passes over the data when {@code maxSteps} is 0
 * @param maxSteps optimizer steps to run; 0 means as many as {@code epochs} take
 * @param batchSize sequences per micro-batch
 * @param gradientAccumulation micro-batches per optimizer step
 * @param maxSeqLength longest sequence in tokens
 * @param truncation what happens to longer examples
 * @param weightDecay AdamW decoupled weight decay
 * @param maxGradNorm global gradient-norm clip; 0 disables
 * @param neftuneAlpha NEFTune noise scale; 0 (default) disables
 * @param seed drives LoRA init, data order, dropout masks and noise
 * @param checkpointEvery save a checkpoint every N steps; 0 disables
 * @param resumeFrom a checkpoint folder to continue from
 * @param merge also write base weights with the adapter merged in
 * @param baseModelName base_model_name_or_path written into adapter_config.json
 * @param device {@code cpu} or {@code gpu}
 * @param logEvery progress line every N steps; 0 disables
 * @param progress receives progress lines
 */
public record TrainConfig(
    Path modelDir,
    Path dataFile,
    Path outputDir,
    String language,
    LoraSpec lora,
    double learningRate,
    int warmupSteps,
    int epochs,
    int maxSteps,
    int batchSize,
    int gradientAccumulation,
    int maxSeqLength,
    Truncation truncation,
    double weightDecay,
    double maxGradNorm,
    double neftuneAlpha,
    long seed,
    int checkpointEvery,
    Optional<Path> resumeFrom,
    boolean merge,
    String baseModelName,
    String device,
    int logEvery,
    Consumer<String> progress) {

  /** AdamW's fixed hyper-parameters, torch's defaults. */
  public static final double BETA1 = 0.9;
  public static final double BETA2 = 0.999;
  public static final double EPSILON = 1e-8;

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrainConfig}; see the record's parameters for each setting. */
  public static final class Builder {
    private Path modelDir;
    private Path dataFile;
    private Path outputDir;
    private String language = "en";
    private int rank = 8;
    private double alpha = 16;
    private double dropout = 0.05;
    private List<String> targets = List.of("q_proj", "v_proj");
    private LoraInit init = LoraInit.KAIMING_UNIFORM;
    private double learningRate = 2e-4;
    private int warmupSteps;
    private int epochs = 1;
    private int maxSteps;
    private int batchSize = 4;
    private int gradientAccumulation = 1;
    private int maxSeqLength = 512;
    private Truncation truncation = Truncation.TRUNCATE;
    private double weightDecay;
    private double maxGradNorm = 1.0;
    private double neftuneAlpha;
    private long seed = 42;
    private int checkpointEvery;
    private Path resumeFrom;
    private boolean merge;
    private String baseModelName;
    private String device = "cpu";
    private int logEvery = 1;
    private Consumer<String> progress = System.out::println;

    private Builder() {}

    public Builder setModelDir(Path v) { modelDir = v; return this; }
    public Builder setDataFile(Path v) { dataFile = v; return this; }
    public Builder setOutputDir(Path v) { outputDir = v; return this; }
    public Builder optLanguage(String v) { language = v; return this; }
    public Builder optRank(int v) { rank = v; return this; }
    public Builder optAlpha(double v) { alpha = v; return this; }
    public Builder optDropout(double v) { dropout = v; return this; }
    /** Module names ({@code q_proj}, ..., {@code down_proj}) or {@code all-linear}. */
    public Builder optTargetModules(List<String> v) { targets = v; return this; }
    public Builder optInit(LoraInit v) { init = v; return this; }
    public Builder optLearningRate(double v) { learningRate = v; return this; }
    public Builder optWarmupSteps(int v) { warmupSteps = v; return this; }
    public Builder optEpochs(int v) { epochs = v; return this; }
    public Builder optMaxSteps(int v) { maxSteps = v; return this; }
    public Builder optBatchSize(int v) { batchSize = v; return this; }
    public Builder optGradientAccumulation(int v) { gradientAccumulation = v; return this; }
    public Builder optMaxSeqLength(int v) { maxSeqLength = v; return this; }
    public Builder optTruncation(Truncation v) { truncation = v; return this; }
    public Builder optWeightDecay(double v) { weightDecay = v; return this; }
    public Builder optMaxGradNorm(double v) { maxGradNorm = v; return this; }
    public Builder optNeftuneAlpha(double v) { neftuneAlpha = v; return this; }
    public Builder optSeed(long v) { seed = v; return this; }
    public Builder optCheckpointEvery(int v) { checkpointEvery = v; return this; }
    public Builder optResumeFrom(Path v) { resumeFrom = v; return this; }
    public Builder optMerge(boolean v) { merge = v; return this; }
    public Builder optBaseModelName(String v) { baseModelName = v; return this; }
    /** {@code cpu} (default) or {@code gpu} (CUDA, needs DJL's CUDA PyTorch native library). */
    public Builder optDevice(String v) { device = v; return this; }
    public Builder optLogEvery(int v) { logEvery = v; return this; }
    public Builder optProgress(Consumer<String> v) { progress = v; return this; }

    /** Validates and builds; a bad value fails with {@link TrainInputException} naming the setting. */
    public TrainConfig build() {
      require("modelDir", modelDir != null, "is required", modelDir);
      require("dataFile", dataFile != null, "is required", dataFile);
      require("outputDir", outputDir != null, "is required", outputDir);
      require("language", language != null && language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"),
          "must be a BCP-47 tag such as en or zh", language);
      require("learningRate", learningRate > 0 && Double.isFinite(learningRate), "must be > 0", learningRate);
      require("warmupSteps", warmupSteps >= 0, "must be >= 0", warmupSteps);
      require("epochs", epochs > 0, "must be > 0", epochs);
      require("maxSteps", maxSteps >= 0, "must be >= 0 (0: run for epochs)", maxSteps);
      require("batchSize", batchSize > 0, "must be > 0", batchSize);
      require("gradientAccumulation", gradientAccumulation > 0, "must be > 0", gradientAccumulation);
      require("maxSeqLength", maxSeqLength >= 2, "must be >= 2", maxSeqLength);
      require("truncation", truncation != null, "is required", truncation);
      require("weightDecay", weightDecay >= 0 && Double.isFinite(weightDecay), "must be >= 0", weightDecay);
      require("maxGradNorm", maxGradNorm >= 0 && Double.isFinite(maxGradNorm), "must be >= 0 (0: no clipping)", maxGradNorm);
      require("neftuneAlpha", neftuneAlpha >= 0 && Double.isFinite(neftuneAlpha), "must be >= 0 (0: off)", neftuneAlpha);
      require("checkpointEvery", checkpointEvery >= 0, "must be >= 0 (0: no checkpoints)", checkpointEvery);
      require("logEvery", logEvery >= 0, "must be >= 0 (0: silent)", logEvery);
      require("device", "cpu".equals(device) || "gpu".equals(device), "must be 'cpu' or 'gpu'", device);
      require("progress", progress != null, "is required", progress);
      return new TrainConfig(modelDir, dataFile, outputDir, language, loraSpec(), learningRate,
          warmupSteps, epochs, maxSteps, batchSize, gradientAccumulation, maxSeqLength, truncation,
          weightDecay, maxGradNorm, neftuneAlpha, seed, checkpointEvery, Optional.ofNullable(resumeFrom),
          merge, baseModelName != null ? baseModelName : modelDir.toString(), device, logEvery, progress);
    }

    private LoraSpec loraSpec() {
      require("targetModules", targets != null && !targets.isEmpty(), "must name at least one module", targets);
      List<LinearModule> modules = targets.equals(List.of("all-linear")) ? LinearModule.ALL
          : targets.stream().map(t -> LinearModule.byName(t).orElseThrow(() -> TrainInputException.inSetting(
              "targetModules", "unknown module '" + t + "'; use q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj or all-linear"))).toList();
      require("rank", rank > 0, "must be > 0", rank);
      require("alpha", alpha > 0 && Double.isFinite(alpha), "must be > 0", alpha);
      require("dropout", dropout >= 0 && dropout < 1, "must be in [0, 1)", dropout);
      require("init", init != null, "is required", init);
      return new LoraSpec(rank, alpha, dropout, modules, init);
    }

    private static void require(String setting, boolean ok, String rule, Object value) {
      if (!ok) {
        throw TrainInputException.inSetting(setting, rule + ", got " + value);
      }
    }
  }
}
