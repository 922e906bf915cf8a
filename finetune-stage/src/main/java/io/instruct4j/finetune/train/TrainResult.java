package io.instruct4j.finetune.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a run did.
 *
 * @param losses mean response-token loss of each step run now, in order
 * @param firstStep 1-based number of the step {@code losses.get(0)} belongs to (above 1 after a resume)
 * @param totalSteps optimizer steps of the whole run
 * @param tokensPerSecond real (non-padding) tokens through forward and backward per second of training
 * @param trainedTokens those tokens in total
 * @param trainableParameters LoRA parameters
 * @param totalParameters base model parameters plus LoRA parameters
 * @param examples samples trained on
 * @param truncatedExamples samples cut to the maximum length
 * @param droppedExamples examples left out because their prompt filled the maximum length
 * @param adapterDir folder holding adapter_config.json and adapter_model.safetensors
 * @param mergedDir folder of the merged model, when merging was asked for
 * @param checkpoints checkpoint folders written by this run
 * @param trainingTime wall time of the training steps (loading excluded)
 */
public record TrainResult(
    List<Double> losses,
    int firstStep,
    int totalSteps,
    double tokensPerSecond,
    long trainedTokens,
    long trainableParameters,
    long totalParameters,
    int examples,
    int truncatedExamples,
    int droppedExamples,
    Path adapterDir,
    Optional<Path> mergedDir,
    List<Path> checkpoints,
    Duration trainingTime) {

  public TrainResult {
    losses = List.copyOf(losses);
    checkpoints = List.copyOf(checkpoints);
  }

  /** Trainable over total parameters. */
  public double trainableRatio() {
    return (double) trainableParameters / totalParameters;
  }
}
