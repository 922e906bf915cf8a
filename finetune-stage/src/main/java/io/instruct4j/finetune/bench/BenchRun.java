package io.instruct4j.finetune.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.instruct4j.finetune.train.model.ForwardOptions;
import io.instruct4j.finetune.train.model.LinearModule;
import io.instruct4j.finetune.train.model.LlamaModel;
import io.instruct4j.finetune.train.model.LoraAdapter;
import io.instruct4j.finetune.train.model.LoraInit;
import io.instruct4j.finetune.train.model.LoraSpec;
import io.instruct4j.finetune.train.model.SftLoss;
import io.instruct4j.finetune.train.optim.AdamW;
import io.instruct4j.finetune.train.optim.Gradients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** One benchmark mode in this JVM: load, warm up, time training steps, report peak memory. */
final class BenchRun {

  private BenchRun() {}

  /** Runs {@code mode} (lora-qv, lora-all or full) and returns a result line. */
  static String run(String mode, int batch, int length, int warmup, int steps) throws Exception {
    Engine engine = Engine.getEngine("PyTorch");
    Path dir = Files.createTempDirectory("instruct4j-bench");
    try (NDManager root = engine.newBaseManager()) {
      BenchModel.write(dir, root);
      try (LlamaModel model = LlamaModel.load(dir, root)) {
        long rssLoaded = Memory.rssKb();
        LoraAdapter adapter = switch (mode) {
          case "lora-qv" -> LoraAdapter.init(root, model.config(), new LoraSpec(8, 16, 0, LinearModule.DEFAULT_TARGETS, LoraInit.KAIMING_UNIFORM), 1);
          case "lora-all" -> LoraAdapter.init(root, model.config(), new LoraSpec(8, 16, 0, LinearModule.ALL, LoraInit.KAIMING_UNIFORM), 1);
          case "full" -> LoraAdapter.none();
          default -> throw new IllegalArgumentException("mode must be lora-qv, lora-all or full, got " + mode);
        };
        Map<String, NDArray> trainable = mode.equals("full") ? model.weights().all() : adapter.parameters();
        trainable.values().forEach(p -> p.setRequiresGradient(true));
        AdamW optimizer = new AdamW(trainable, root, 0.9, 0.999, 1e-8, 0);
        long[] ids = new Random(1).longs((long) batch * length, 3, model.config().vocabSize()).toArray();
        long[] labels = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
          labels[i] = (i + 1) % length == 0 ? -100 : ids[i + 1];
        }
        for (int s = 0; s < warmup; s++) {
          step(engine, root, model, adapter, optimizer, trainable, ids, labels, batch, length);
        }
        long start = System.nanoTime();
        for (int s = 0; s < steps; s++) {
          step(engine, root, model, adapter, optimizer, trainable, ids, labels, batch, length);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long trainableCount = trainable.values().stream().mapToLong(NDArray::size).sum();
        long total = model.weights().parameterCount() + adapter.parameterCount();
        return String.format(Locale.ROOT, "%-8s trainable %,11d of %,11d (%6.3f%%)  %8.0f tok/s  %6.1f ms/step"
            + "  peak RSS %,6d MiB (after load %,6d MiB)", mode, trainableCount, total,
            100.0 * trainableCount / total, batch * length * steps / seconds, 1000 * seconds / steps,
            Memory.peakRssKb() / 1024, rssLoaded / 1024);
      }
    }
  }

  private static void step(Engine engine, NDManager root, LlamaModel model, LoraAdapter adapter, AdamW optimizer,
      Map<String, NDArray> trainable, long[] ids, long[] labels, int batch, int length) {
    try (NDScope scope = new NDScope(); GradientCollector gc = engine.newGradientCollector()) {
      Shape shape = new Shape(batch, length);
      NDArray logits = model.logits(root.create(ids, shape), adapter, ForwardOptions.training(0));
      NDArray sum = SftLoss.nllSum(logits, root.create(labels, shape));
      gc.backward(sum.div(ids.length));
      scope.suppressNotUsedWarning();
    }
    optimizer.step(1e-4, 1.0);
    Gradients.zero(trainable.values());
  }
}
