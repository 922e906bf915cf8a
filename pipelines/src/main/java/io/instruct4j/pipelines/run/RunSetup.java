package io.instruct4j.pipelines.run;

import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.pipelines.RootConfig;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything decided before a stage runs: the plan, the config every stage gets (the run folder's
 * one response cache), the state the folder holds and each selected stage's {@link Decision}.
 *
 * @param plan the stages and folders
 * @param config the config with {@code llm.cache_file} set to the run folder's shared cache
 *     (unless the user chose a file)
 * @param state what {@code run-state.json} held at the start
 * @param decisions each selected stage's decision, in run order
 */
record RunSetup(RunPlan plan, RootConfig config, RunState state, Map<Stage, Decision> decisions) {

  /** The response cache every stage of a run shares, at the run folder's root. */
  static final String CACHE = "llm-cache.sqlite";

  static RunSetup prepare(RootConfig config, RunOptions options, String fallbackName) {
    RunPlan plan = RunPlan.of(config, options, fallbackName);
    RootConfig shared = ConfigCopy.with(config, "llm", sharedCache(config.llm(), plan.runDir()));
    RunState state = RunState.read(plan.runDir(), plan.name());
    StageFingerprints fingerprints = new StageFingerprints(config);
    Map<Stage, Fingerprint> prints = new EnumMap<>(Stage.class);
    Map<Stage, Decision> decisions = new LinkedHashMap<>();
    for (Stage stage : plan.selected()) {
      Fingerprint fp = fingerprints.of(stage, prints);
      prints.put(stage, fp);
      decisions.put(stage, Decision.of(stage, fp, state.get(stage), plan.forced().contains(stage), plan.runDir()));
    }
    return new RunSetup(plan, shared, state, decisions);
  }

  /**
   * One cache file for every stage. The generators put their cache in their own output folder
   * unless {@code llm.cache_file} is set; setting it to the run folder's file means a call any
   * stage made is free for every other stage and for every later start.
   */
  static LlmConfig sharedCache(LlmConfig llm, Path runDir) {
    return llm.cacheFile() == null ? llm.withCacheFile(runDir.resolve(CACHE).toString()) : llm;
  }

  /** Whether any stage that runs in this start calls the model. */
  boolean needsModel() {
    return decisions.values().stream().anyMatch(d -> d.run() && Estimators.usesLlm(d.stage(), config));
  }
}
