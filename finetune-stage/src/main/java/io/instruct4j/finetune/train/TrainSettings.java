package io.instruct4j.finetune.train;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.finetune.train.model.LoraInit;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@code train:} section of the config: the YAML face of {@link TrainConfig}. An absent key
 * keeps the trainer's default (see {@link TrainConfig.Builder}). Every value is checked when the
 * section is built, by the trainer's own rules, so a bad {@code train:} section fails when the
 * config loads (before any paid generation runs), with the error naming {@code train.<key>}.
 *
 * @param modelDir Hugging Face model folder (config.json, *.safetensors, tokenizer.json)
 * @param output where the adapter, checkpoints and merged model go
 * @param baseModelName {@code base_model_name_or_path} in adapter_config.json (default: model_dir)
 * @param lora rank {@code r}, {@code alpha}, {@code dropout}, {@code target_modules}, {@code init}
 * @param learningRate peak learning rate (default 2e-4)
 * @param warmupSteps linear warm-up steps (default 0)
 * @param epochs passes over the data when max_steps is 0 (default 1)
 * @param maxSteps optimizer steps; 0 runs for epochs (default 0)
 * @param batchSize sequences per micro-batch (default 4)
 * @param gradientAccumulation micro-batches per optimizer step (default 1)
 * @param maxSeqLength longest sequence in tokens (default 512)
 * @param truncation {@code truncate} (default) or {@code fail} for longer examples
 * @param weightDecay AdamW weight decay (default 0)
 * @param maxGradNorm gradient-norm clip, 0 disables (default 1.0)
 * @param neftuneAlpha NEFTune noise, 0 disables (default 0)
 * @param seed LoRA init, data order, dropout and noise (default 42)
 * @param checkpointEvery checkpoint every N steps, 0 disables (default 0)
 * @param merge also write the merged model (default false)
 * @param device {@code cpu} (default) or {@code gpu}
 * @param logEvery progress line every N steps, 0 silent (default 1)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrainSettings(
    String modelDir,
    String output,
    String baseModelName,
    Lora lora,
    Double learningRate,
    Integer warmupSteps,
    Integer epochs,
    Integer maxSteps,
    Integer batchSize,
    Integer gradientAccumulation,
    Integer maxSeqLength,
    String truncation,
    Double weightDecay,
    Double maxGradNorm,
    Double neftuneAlpha,
    Long seed,
    Integer checkpointEvery,
    Boolean merge,
    String device,
    Integer logEvery) {

  /**
   * The {@code train.lora:} block.
   *
   * @param r rank (default 8)
   * @param alpha scaling numerator, the update is scaled by alpha/r (default 16)
   * @param dropout dropout on the adapter input (default 0.05)
   * @param targetModules q_proj ... down_proj, or [all-linear] (default [q_proj, v_proj])
   * @param init {@code kaiming_uniform} (PEFT's default) or {@code gaussian}
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Lora(Integer r, Double alpha, Double dropout, List<String> targetModules, String init) {
    public Lora {
      targetModules = targetModules == null ? null : List.copyOf(targetModules);
    }

    public static Lora defaults() {
      return new Lora(null, null, null, null, null);
    }
  }

  /** TrainConfig's setting names whose YAML key is not {@code train.} plus the snake_case name. */
  private static final Map<String, String> KEYS = Map.of(
      "rank", "train.lora.r", "alpha", "train.lora.alpha", "dropout", "train.lora.dropout",
      "targetModules", "train.lora.target_modules", "init", "train.lora.init",
      "outputDir", "train.output", "language", "language");
  private static final Path PROBE = Path.of("unused");

  /** Builds the section and checks every value with {@link TrainConfig.Builder#build()}. */
  public TrainSettings(String modelDir, String output, String baseModelName, Lora lora, Double learningRate,
      Integer warmupSteps, Integer epochs, Integer maxSteps, Integer batchSize, Integer gradientAccumulation,
      Integer maxSeqLength, String truncation, Double weightDecay, Double maxGradNorm, Double neftuneAlpha,
      Long seed, Integer checkpointEvery, Boolean merge, String device, Integer logEvery) {
    this.modelDir = modelDir;
    this.output = output;
    this.baseModelName = baseModelName;
    this.lora = lora == null ? Lora.defaults() : lora;
    this.learningRate = learningRate;
    this.warmupSteps = warmupSteps;
    this.epochs = epochs;
    this.maxSteps = maxSteps;
    this.batchSize = batchSize;
    this.gradientAccumulation = gradientAccumulation;
    this.maxSeqLength = maxSeqLength;
    this.truncation = truncation;
    this.weightDecay = weightDecay;
    this.maxGradNorm = maxGradNorm;
    this.neftuneAlpha = neftuneAlpha;
    this.seed = seed;
    this.checkpointEvery = checkpointEvery;
    this.merge = merge;
    this.device = device;
    this.logEvery = logEvery;
    // the paths are checked when training starts; here only the values, by the trainer's own rules
    build(apply(TrainConfig.builder().setModelDir(PROBE).setDataFile(PROBE).setOutputDir(PROBE)));
  }

  /** Every key absent: the trainer's defaults. */
  public static TrainSettings defaults() {
    return new TrainSettings(null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);
  }

  /**
   * The trainer's config for this section.
   *
   * @param dataFile the examples to train on
   * @param outputDir overrides {@code train.output} when not null
   * @param language the tag given to records that carry none (it does not change training)
   * @param progress receives the progress lines
   * @throws IllegalArgumentException naming {@code train.model_dir} or {@code train.output} when unset
   */
  public TrainConfig toConfig(Path dataFile, Path outputDir, String language, Consumer<String> progress) {
    return build(builder(dataFile, outputDir, language, progress));
  }

  /** {@link #toConfig(Path, Path, String, Consumer)} for English records. */
  public TrainConfig toConfig(Path dataFile, Path outputDir, Consumer<String> progress) {
    return toConfig(dataFile, outputDir, "en", progress);
  }

  /** The builder behind {@link #toConfig}, for callers that add per-run settings such as a checkpoint to resume. */
  public TrainConfig.Builder builder(Path dataFile, Path outputDir, String language, Consumer<String> progress) {
    Objects.requireNonNull(dataFile, "dataFile");
    if (modelDir == null || modelDir.isBlank()) {
      throw new IllegalArgumentException("train.model_dir is not set; give the Hugging Face model folder "
          + "(config.json, *.safetensors, tokenizer.json)");
    }
    Path out = outputDir != null ? outputDir : output == null || output.isBlank() ? null : Path.of(output);
    if (out == null) {
      throw new IllegalArgumentException("train.output is not set; give the folder for the adapter");
    }
    return apply(TrainConfig.builder().setModelDir(Path.of(modelDir)).setDataFile(dataFile).setOutputDir(out)
        .optLanguage(language).optProgress(progress));
  }

  /** Builds, reporting a rejected setting by its YAML key. */
  public static TrainConfig build(TrainConfig.Builder builder) {
    try {
      return builder.build();
    } catch (TrainInputException e) {
      throw new IllegalArgumentException(describe(e), e);
    }
  }

  /**
   * The trainer's message with {@code setting 'learningRate'} replaced by the YAML key
   * ({@code train.learning_rate}); messages about files, and settings without a YAML key
   * ({@code dataFile}, {@code resumeFrom}), are returned as they are.
   */
  public static String describe(TrainInputException e) {
    String subject = e.subject();
    String message = e.getMessage();
    if (!subject.startsWith("setting '") || !message.startsWith(subject + ": ")) {
      return message;
    }
    String setting = subject.substring("setting '".length(), subject.length() - 1);
    if (setting.equals("dataFile") || setting.equals("resumeFrom")) {
      return message;
    }
    return yamlKey(setting) + ": " + message.substring(subject.length() + 2);
  }

  /** The YAML key of one of {@link TrainConfig}'s settings, e.g. {@code maxSeqLength} → {@code train.max_seq_length}. */
  public static String yamlKey(String setting) {
    String special = KEYS.get(setting);
    return special != null ? special : "train." + setting.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private TrainConfig.Builder apply(TrainConfig.Builder b) {
    if (lora.r() != null) b.optRank(lora.r());
    if (lora.alpha() != null) b.optAlpha(lora.alpha());
    if (lora.dropout() != null) b.optDropout(lora.dropout());
    if (lora.targetModules() != null) b.optTargetModules(lora.targetModules());
    if (lora.init() != null) b.optInit(parse("train.lora.init", lora.init(), LoraInit.class));
    if (baseModelName != null) b.optBaseModelName(baseModelName);
    if (learningRate != null) b.optLearningRate(learningRate);
    if (warmupSteps != null) b.optWarmupSteps(warmupSteps);
    if (epochs != null) b.optEpochs(epochs);
    if (maxSteps != null) b.optMaxSteps(maxSteps);
    if (batchSize != null) b.optBatchSize(batchSize);
    if (gradientAccumulation != null) b.optGradientAccumulation(gradientAccumulation);
    if (maxSeqLength != null) b.optMaxSeqLength(maxSeqLength);
    if (truncation != null) b.optTruncation(parse("train.truncation", truncation, Truncation.class));
    if (weightDecay != null) b.optWeightDecay(weightDecay);
    if (maxGradNorm != null) b.optMaxGradNorm(maxGradNorm);
    if (neftuneAlpha != null) b.optNeftuneAlpha(neftuneAlpha);
    if (seed != null) b.optSeed(seed);
    if (checkpointEvery != null) b.optCheckpointEvery(checkpointEvery);
    if (merge != null) b.optMerge(merge);
    if (device != null) b.optDevice(device);
    if (logEvery != null) b.optLogEvery(logEvery);
    return b;
  }

  /** A lower-case YAML value ({@code kaiming_uniform}) as the enum constant; the error lists the choices. */
  private static <E extends Enum<E>> E parse(String key, String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    throw new IllegalArgumentException(key + " must be one of " + allowed + ", got '" + value + "'");
  }
}
