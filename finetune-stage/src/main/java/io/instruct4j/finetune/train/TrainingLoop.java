package io.instruct4j.finetune.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.instruct4j.finetune.train.data.BatchPlan;
import io.instruct4j.finetune.train.data.MicroBatch;
import io.instruct4j.finetune.train.data.Seeds;
import io.instruct4j.finetune.train.data.SftDataset;
import io.instruct4j.finetune.train.io.Checkpoints;
import io.instruct4j.finetune.train.io.MergedModelWriter;
import io.instruct4j.finetune.train.io.PeftAdapterWriter;
import io.instruct4j.finetune.train.io.TrainerState;
import io.instruct4j.finetune.train.model.ForwardOptions;
import io.instruct4j.finetune.train.model.LlamaModel;
import io.instruct4j.finetune.train.model.LoraAdapter;
import io.instruct4j.finetune.train.model.SftLoss;
import io.instruct4j.finetune.train.optim.AdamW;
import io.instruct4j.finetune.train.optim.Gradients;
import io.instruct4j.finetune.train.optim.LrSchedule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The optimizer-step loop over one loaded model; owns the adapter and optimizer state. */
final class TrainingLoop implements AutoCloseable {

  private static final long INIT_SALT = 0x1A17L;

  private final TrainConfig cfg;
  private final LlamaModel model;
  private final SftDataset data;
  private final long padId;
  private final Engine engine;
  private final NDManager manager;
  private final LoraAdapter adapter;
  private final AdamW optimizer;
  private final BatchPlan plan;
  private final LrSchedule schedule;
  private final List<Double> history = new ArrayList<>();

  TrainingLoop(TrainConfig cfg, LlamaModel model, SftDataset data, long padId) {
    this.cfg = cfg;
    this.model = model;
    this.data = data;
    this.padId = padId;
    this.engine = model.manager().getEngine();
    this.manager = model.manager().newSubManager();
    try {
      this.adapter = LoraAdapter.init(manager, model.config(), cfg.lora(), Seeds.mix(cfg.seed(), INIT_SALT));
      this.optimizer = new AdamW(adapter.parameters(), manager, TrainConfig.BETA1, TrainConfig.BETA2,
          TrainConfig.EPSILON, cfg.weightDecay());
      this.plan = new BatchPlan(data.samples().size(), cfg.batchSize(), cfg.gradientAccumulation(),
          cfg.epochs(), cfg.maxSteps(), cfg.seed());
      this.schedule = new LrSchedule(cfg.learningRate(), cfg.warmupSteps(), plan.totalSteps());
      cfg.resumeFrom().ifPresent(dir -> history.addAll(Resumer.restore(dir, cfg, this)));
    } catch (RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  LoraAdapter adapter() {
    return adapter;
  }

  AdamW optimizer() {
    return optimizer;
  }

  NDManager manager() {
    return manager;
  }

  LlamaModel model() {
    return model;
  }

  int totalSteps() {
    return plan.totalSteps();
  }

  String datasetFingerprint() {
    return data.fingerprint();
  }

  TrainResult run() {
    int first = history.size();
    List<Double> losses = new ArrayList<>();
    List<Path> checkpoints = new ArrayList<>();
    long tokens = 0;
    long start = System.nanoTime();
    for (int step = first; step < plan.totalSteps(); step++) {
      List<MicroBatch> batches = plan.step(step).stream()
          .map(ix -> MicroBatch.of(ix.stream().map(data.samples()::get).toList(), padId)).toList();
      long targets = batches.stream().mapToLong(MicroBatch::targets).sum();
      double nll = 0;
      for (int j = 0; j < batches.size(); j++) {
        nll += microStep(batches.get(j), targets, step, j);
        tokens += batches.get(j).tokens();
      }
      update(step);
      double loss = nll / targets;
      losses.add(loss);
      history.add(loss);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (cfg.logEvery() > 0 && ((step + 1) % cfg.logEvery() == 0 || step + 1 == plan.totalSteps())) {
        cfg.progress().accept(ProgressLine.format(step + 1, plan.totalSteps(), loss, schedule.at(step),
            tokens / seconds, (step + 1 - first) / seconds));
      }
      if (cfg.checkpointEvery() > 0 && (step + 1) % cfg.checkpointEvery() == 0 && step + 1 < plan.totalSteps()) {
        checkpoints.add(Checkpoints.save(cfg.outputDir(), adapter, optimizer, state(step + 1), cfg.baseModelName()));
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    PeftAdapterWriter.write(cfg.outputDir(), adapter, cfg.baseModelName());
    state(plan.totalSteps()).write(cfg.outputDir());
    Optional<Path> merged = Optional.empty();
    if (cfg.merge()) {
      merged = Optional.of(cfg.outputDir().resolve("merged"));
      MergedModelWriter.write(cfg.modelDir(), merged.get(), model, adapter);
    }
    double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
    return new TrainResult(losses, first + 1, plan.totalSteps(), tokens / seconds, tokens,
        adapter.parameterCount(), model.weights().parameterCount() + adapter.parameterCount(),
        data.samples().size(), data.truncated(), data.dropped(), cfg.outputDir(), merged, checkpoints, elapsed);
  }

  /** Forward and backward of one micro-batch; returns its summed loss. Gradients accumulate. */
  private double microStep(MicroBatch batch, long stepTargets, int step, int index) {
    // dropout masks and NEFTune noise come from the engine's generator, re-seeded per micro-batch
    engine.setRandomSeed(Seeds.forMicroBatch(cfg.seed(), step, index));
    try (NDScope scope = new NDScope(); GradientCollector collector = engine.newGradientCollector()) {
      Shape shape = new Shape(batch.batch(), batch.length());
      NDArray ids = manager.create(batch.ids(), shape);
      NDArray labels = manager.create(batch.labels(), shape);
      NDArray logits = model.logits(ids, adapter, ForwardOptions.training(cfg.neftuneAlpha()));
      NDArray sum = SftLoss.nllSum(logits, labels);
      collector.backward(sum.div(stepTargets));
      scope.suppressNotUsedWarning();
      return sum.getFloat();
    }
  }

  /** Clip, AdamW update, zero the gradients; non-finite gradients end the run. */
  private void update(int step) {
    var params = adapter.parameters().values();
    double norm = Gradients.globalNorm(params, 1.0);
    if (!Double.isFinite(norm)) {
      throw new TrainingDivergedException(step + 1, norm);
    }
    optimizer.step(schedule.at(step), Gradients.clipFactor(norm, cfg.maxGradNorm()));
    Gradients.zero(params);
  }

  TrainerState state(int globalStep) {
    return new TrainerState(globalStep, plan.totalSteps(), optimizer.stepCount(),
        history.subList(0, globalStep), ResumeSettings.of(cfg), data.fingerprint());
  }

  @Override
  public void close() {
    manager.close();
  }
}
