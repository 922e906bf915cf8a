package io.instruct4j.pipelines.run;

import io.instruct4j.finetune.train.LoraTrainer;
import io.instruct4j.finetune.train.TrainConfig;
import io.instruct4j.finetune.train.TrainResult;
import io.instruct4j.finetune.train.TrainSettings;
import io.instruct4j.finetune.train.TrainSummary;
import io.instruct4j.finetune.train.io.Checkpoints;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fine-tunes a LoRA adapter on the export's training split ({@code export/alpaca_train.json}), so
 * the validation examples stay unseen; when {@code export.formats} has no alpaca file, on all of
 * {@code curate/examples.jsonl}. The adapter goes to {@code train/} whatever {@code train.output}
 * says. An unfinished training (same settings and data) resumes from its latest checkpoint.
 */
final class TrainStage implements StageWork {

  /** The export's training file the trainer reads. */
  static final String TRAIN_FILE = "alpaca_train.json";

  @Override
  public List<String> llmSteps() {
    return List.of();
  }

  /** The examples to train on. */
  static Path data(StageContext context) {
    Path split = context.dir(Stage.EXPORT).resolve(TRAIN_FILE);
    return Files.exists(split) ? split : context.dir(Stage.CURATE).resolve("examples.jsonl");
  }

  @Override
  public StageOutcome run(StageContext context) {
    Path dir = context.dir(Stage.TRAIN);
    Path data = data(context);
    PrintWriter progress = context.progress();
    if (!data.getFileName().toString().equals(TRAIN_FILE)) {
      progress.println("train: export.formats has no alpaca file; training on every curated example (none held out)");
    }
    TrainSettings settings = context.config().train();
    TrainConfig.Builder builder = settings.builder(data, dir, context.config().language(), line -> {
      progress.println(line);
      progress.flush();
    });
    latestCheckpoint(dir).ifPresent(checkpoint -> {
      progress.println("train: resuming from " + checkpoint);
      builder.optResumeFrom(checkpoint);
    });
    TrainResult result = new LoraTrainer(TrainSettings.build(builder)).run();
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("adapter", context.relative(result.adapterDir()));
    result.mergedDir().ifPresent(m -> outputs.put("merged", context.relative(m)));
    return new StageOutcome(result.examples(), result.totalSteps(), LlmUsage.NONE, outputs,
        TrainSummary.format(result).stripTrailing());
  }

  /** The highest-step checkpoint whose optimizer state was written (a checkpoint is saved last-file-last). */
  static Optional<Path> latestCheckpoint(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(p -> p.getFileName().toString().matches("checkpoint-\\d+"))
          .filter(p -> Files.exists(p.resolve(Checkpoints.OPTIMIZER_FILE)))
          .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(11))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
