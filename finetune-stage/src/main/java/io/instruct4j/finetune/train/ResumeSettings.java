package io.instruct4j.finetune.train;

import io.instruct4j.finetune.train.model.LinearModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a checkpoint records and a resumed run must repeat exactly, or the continued loss
 * curve would not be the one the checkpoint belongs to. Keys are {@link TrainConfig} setting names.
 */
final class ResumeSettings {

  private ResumeSettings() {}

  static Map<String, String> of(TrainConfig c) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("rank", String.valueOf(c.lora().rank()));
    s.put("alpha", String.valueOf(c.lora().alpha()));
    s.put("dropout", String.valueOf(c.lora().dropout()));
    s.put("targetModules", String.join(",", c.lora().targets().stream().map(LinearModule::moduleName).toList()));
    s.put("init", c.lora().init().name());
    s.put("learningRate", String.valueOf(c.learningRate()));
    s.put("warmupSteps", String.valueOf(c.warmupSteps()));
    s.put("epochs", String.valueOf(c.epochs()));
    s.put("maxSteps", String.valueOf(c.maxSteps()));
    s.put("batchSize", String.valueOf(c.batchSize()));
    s.put("gradientAccumulation", String.valueOf(c.gradientAccumulation()));
    s.put("maxSeqLength", String.valueOf(c.maxSeqLength()));
    s.put("truncation", c.truncation().name());
    s.put("weightDecay", String.valueOf(c.weightDecay()));
    s.put("maxGradNorm", String.valueOf(c.maxGradNorm()));
    s.put("neftuneAlpha", String.valueOf(c.neftuneAlpha()));
    s.put("seed", String.valueOf(c.seed()));
    return s;
  }

  /** Fails naming the first setting that differs from the checkpoint's. */
  static void requireSame(Map<String, String> saved, Map<String, String> now, Object checkpoint) {
    for (Map.Entry<String, String> e : now.entrySet()) {
      String before = saved.get(e.getKey());
      if (!e.getValue().equals(before)) {
        throw TrainInputException.inSetting(e.getKey(), "is " + e.getValue() + " but checkpoint "
            + checkpoint + " was trained with " + before + "; a resumed run must use the same value");
      }
    }
  }
}
