package io.instruct4j.finetune.train;

import ai.djl.ndarray.NDArray;
import io.instruct4j.finetune.train.io.Checkpoints;
import io.instruct4j.finetune.train.io.PeftAdapterReader;
import io.instruct4j.finetune.train.io.TrainerState;
import io.instruct4j.finetune.train.model.LoraAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads a checkpoint into a fresh training loop, after checking it belongs to this run. */
final class Resumer {

  private Resumer() {}

  /** Restores adapter and optimizer; returns the loss history of the completed steps. */
  static List<Double> restore(Path dir, TrainConfig cfg, TrainingLoop loop) {
    if (!Files.isDirectory(dir)) {
      throw TrainInputException.inSetting("resumeFrom", dir + " is not a folder");
    }
    TrainerState state = TrainerState.read(dir);
    ResumeSettings.requireSame(state.settings(), ResumeSettings.of(cfg), dir);
    if (!state.datasetFingerprint().equals(loop.datasetFingerprint())) {
      throw TrainInputException.inSetting("dataFile", cfg.dataFile() + " (as tokenized now) is not the data "
          + "checkpoint " + dir + " was trained on");
    }
    if (state.totalSteps() != loop.totalSteps() || state.globalStep() >= loop.totalSteps()) {
      throw TrainInputException.inSetting("resumeFrom", "checkpoint " + dir + " is at step "
          + state.globalStep() + " of " + state.totalSteps() + "; this run has " + loop.totalSteps()
          + " steps, so there is nothing to continue");
    }
    LoraAdapter saved = PeftAdapterReader.read(dir, loop.model().config(), loop.manager());
    try {
      for (Map.Entry<String, NDArray> p : loop.adapter().parameters().entrySet()) {
        p.getValue().set(saved.parameters().get(p.getKey()).toFloatArray());
      }
    } finally {
      saved.parameters().values().forEach(NDArray::close);
    }
    loop.optimizer().restore(Checkpoints.readMoments(dir, loop.manager()), state.optimizerSteps());
    return state.losses();
  }
}
