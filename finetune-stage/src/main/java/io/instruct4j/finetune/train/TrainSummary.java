package io.instruct4j.finetune.train;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/** The few lines a person reads after a run: steps, final loss, speed, what was written and where. */
public final class TrainSummary {

  private TrainSummary() {}

  /** e.g. {@code Trained steps 1-30 of 30 on 20 examples in 12.3 s: final loss 1.2345, 5321 tok/s, ...}. */
  public static String format(TrainResult r) {
    StringBuilder s = new StringBuilder();
    int last = r.firstStep() + r.losses().size() - 1;
    String loss = r.losses().isEmpty() ? "none (no step ran)"
        : String.format(Locale.ROOT, "%.4f", r.losses().get(r.losses().size() - 1));
    s.append(String.format(Locale.ROOT, "Trained steps %d-%d of %d on %d examples in %.1f s: final loss %s, "
        + "%.0f tok/s, trainable %.4f%% (%,d of %,d parameters)%n", r.firstStep(), last, r.totalSteps(),
        r.examples(), r.trainingTime().toNanos() / 1e9, loss, r.tokensPerSecond(), 100 * r.trainableRatio(),
        r.trainableParameters(), r.totalParameters()));
    s.append(String.format(Locale.ROOT, "Truncated %d examples to max_seq_length, dropped %d whose prompt filled it%n",
        r.truncatedExamples(), r.droppedExamples()));
    s.append("Adapter: ").append(r.adapterDir()).append(" (load with PeftModel.from_pretrained(base_model, \"")
        .append(r.adapterDir()).append("\"))\n");
    r.mergedDir().ifPresent(m -> s.append("Merged model: ").append(m).append('\n'));
    if (!r.checkpoints().isEmpty()) {
      s.append("Checkpoints: ").append(r.checkpoints().stream().map(Path::toString).collect(Collectors.joining(", ")))
          .append('\n');
    }
    return s.toString();
  }
}
