package io.instruct4j.pipelines;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.filters.curate.CurateConfig;
import io.instruct4j.finetune.export.ExportConfig;
import io.instruct4j.finetune.train.TrainSettings;
import io.instruct4j.pipelines.run.RunSection;
import io.instruct4j.selfinstruct.SelfInstructConfig;
import io.instruct4j.selfkg.SelfKgConfig;
import io.instruct4j.selfqa.SelfQaConfig;

/**
 * The whole config file: one section per concern. Every key can be overridden on the command
 * line with {@code --set section.key=value}.
 *
 * @param llm the endpoint, model, limits and cache
 * @param runner the Beam runner
 * @param output the output folder
 * @param language {@code en} or {@code zh}
 * @param badRecords {@code fail} (stop at the first malformed input line) or {@code reject}
 * @param selfInstruct the Self-Instruct method
 * @param selfQa the Self-QA method
 * @param selfKg the Self-KG method
 * @param run what {@code instruct4j run} does (run name, generators, training)
 * @param curate the curation chain: quality filters, exact, near and semantic dedup
 * @param export trainer-ready files: formats, system prompt, validation split
 * @param train the LoRA trainer: model folder, LoRA and optimizer settings
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RootConfig(
    LlmConfig llm,
    RunnerConfig runner,
    String output,
    String language,
    String badRecords,
    SelfInstructConfig selfInstruct,
    SelfQaConfig selfQa,
    SelfKgConfig selfKg,
    RunSection run,
    CurateConfig curate,
    ExportConfig export,
    TrainSettings train) {

  public RootConfig {
    llm = llm == null ? LlmConfig.of(null, null) : llm;
    runner = runner == null ? RunnerConfig.DEFAULT : runner;
    language = language == null ? "en" : language;
    if (!language.equals("en") && !language.equals("zh")) {
      throw new IllegalArgumentException("language must be en or zh, got '" + language + "'");
    }
    badRecords = badRecords == null ? "fail" : badRecords;
    if (!badRecords.equals("fail") && !badRecords.equals("reject")) {
      throw new IllegalArgumentException("bad_records must be fail or reject, got '" + badRecords + "'");
    }
    selfInstruct = selfInstruct == null ? SelfInstructConfig.defaults() : selfInstruct;
    selfQa = selfQa == null ? SelfQaConfig.defaults() : selfQa;
    selfKg = selfKg == null ? SelfKgConfig.defaults() : selfKg;
    run = run == null ? RunSection.defaults() : run;
    curate = curate == null ? CurateConfig.defaults() : curate;
    export = export == null ? ExportConfig.defaults() : export;
    train = train == null ? TrainSettings.defaults() : train;
  }

  /** The generation sections only; every later section takes its defaults. */
  public RootConfig(LlmConfig llm, RunnerConfig runner, String output, String language, String badRecords,
      SelfInstructConfig selfInstruct, SelfQaConfig selfQa, SelfKgConfig selfKg) {
    this(llm, runner, output, language, badRecords, selfInstruct, selfQa, selfKg, null, null, null, null);
  }
}
