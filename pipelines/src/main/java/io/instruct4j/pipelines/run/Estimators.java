package io.instruct4j.pipelines.run;

import io.instruct4j.filters.curate.CurateStep;
import io.instruct4j.finetune.train.TrainSettings;
import io.instruct4j.pipelines.RootConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Each stage's check and plan without the model: the generators read and parse their inputs as
 * their pipelines will ({@link SelfInstructEstimator}, {@link SelfQaEstimator},
 * {@link SelfKgEstimator}); curate and export call no model and read what the generators write,
 * so their plan says what they will do.
 */
final class Estimators {

  /** {@link StageEstimate#inputs()} of a stage whose input does not exist before the run. */
  static final long UNKNOWN = -1;

  private Estimators() {}

  static StageEstimate estimate(Stage stage, RootConfig config, List<Stage> generators) {
    return switch (stage) {
      case SELF_INSTRUCT -> SelfInstructEstimator.estimate(config);
      case SELF_QA -> SelfQaEstimator.estimate(config);
      case SELF_KG -> SelfKgEstimator.estimate(config);
      case CURATE -> {
        List<String> notes = new ArrayList<>();
        notes.add("curates " + generators.stream().map(g -> g.folder() + "/" + GeneratorStage.dataset(g))
            .collect(Collectors.joining(", ")) + (config.curate().inputs().isEmpty() ? ""
            : " and curate.inputs " + config.curate().inputs()));
        notes.add("steps: " + config.curate().enabledSteps().stream().map(CurateStep::key)
            .collect(Collectors.joining(" -> ")));
        yield StageEstimate.noModel(stage, UNKNOWN, "examples", notes);
      }
      case EXPORT -> StageEstimate.noModel(stage, UNKNOWN, "examples", List.of("exports curate/examples.jsonl"));
      case TRAIN -> {
        TrainSettings train = config.train();
        // Builds the trainer's config now (the data does not exist yet): a missing train.model_dir fails here.
        train.toConfig(Path.of(TrainStage.TRAIN_FILE), Path.of(stage.folder()), config.language(), line -> { });
        Path model = Path.of(train.modelDir());
        if (!Files.isRegularFile(model.resolve("config.json"))) {
          throw new IllegalArgumentException("train.model_dir " + model.toAbsolutePath() + " holds no config.json: "
              + "give a Hugging Face model folder (config.json, *.safetensors, tokenizer.json)");
        }
        yield StageEstimate.noModel(stage, UNKNOWN, "examples", List.of("fine-tunes " + model
            + " on export/" + TrainStage.TRAIN_FILE + " (or curate/examples.jsonl without an alpaca export)"));
      }
    };
  }

  /** Whether the stage calls the configured model. */
  static boolean usesLlm(Stage stage, RootConfig config) {
    return switch (stage) {
      case SELF_INSTRUCT, SELF_QA -> true;
      case SELF_KG -> config.selfKg().usesLlm();
      default -> false;
    };
  }
}
