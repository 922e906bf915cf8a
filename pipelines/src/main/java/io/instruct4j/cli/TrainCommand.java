package io.instruct4j.cli;

import io.instruct4j.finetune.train.LoraTrainer;
import io.instruct4j.finetune.train.TrainConfig;
import io.instruct4j.finetune.train.TrainInputException;
import io.instruct4j.finetune.train.TrainResult;
import io.instruct4j.finetune.train.TrainSettings;
import io.instruct4j.finetune.train.TrainSummary;
import io.instruct4j.pipelines.RootConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code instruct4j train}: LoRA fine-tuning on the JVM. The {@code train:} section holds the
 * settings; {@code --model-dir}, {@code --output} and {@code --merge} are {@code --set train.*}
 * overrides. Any bad input stops the run before the first step with the trainer's message, the
 * setting named by its config key or flag (exit code 2).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {
      "LoRA fine-tune a Llama-family Hugging Face model (llama, mistral, qwen2; safetensors) on examples",
      "(our JSONL or an Alpaca JSON array, e.g. alpaca_train.json from `instruct4j export`) with DJL's PyTorch",
      "engine. Writes a PEFT adapter (adapter_config.json, adapter_model.safetensors) to the output folder.",
      "Example: instruct4j train --data runs/export/alpaca_train.json --model-dir models/TinyLlama-1.1B",
      "         --output runs/adapter --set train.lora.r=16 --set train.max_steps=200"})
public final class TrainCommand implements Callable<Integer> {

  /** Trainer settings that are flags of this command rather than config keys. */
  private static final Map<String, String> FLAGS = Map.of("dataFile", "--data", "resumeFrom", "--resume");

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "The examples to train on.")
  Path data;

  @Option(names = "--model-dir", paramLabel = "DIR",
      description = "Hugging Face model folder: config.json, *.safetensors, tokenizer.json (train.model_dir).")
  String modelDir;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the adapter (train.output).")
  String output;

  @Option(names = "--merge", description = "Also write the base model with the adapter merged in (train.merge).")
  boolean merge;

  @Option(names = "--resume", paramLabel = "CHECKPOINT", description = "A checkpoint-N folder to continue from.")
  Path resume;

  @Mixin ConfigFileOptions config;

  @Mixin VerboseOption verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    config.shortcut("train.model_dir", modelDir);
    config.shortcut("train.output", output);
    // Without --merge the config's train.merge stands, so the flag only ever turns it on.
    config.shortcut("train.merge", merge ? Boolean.TRUE : null);
    RootConfig root = config.load();
    PrintWriter out = spec.commandLine().getOut();
    TrainConfig.Builder builder = root.train().builder(data, null, root.language(), line -> {
      out.println(line);
      out.flush();
    });
    if (resume != null) {
      builder.optResumeFrom(resume);
    }
    TrainResult result;
    try {
      result = new LoraTrainer(TrainSettings.build(builder)).run();
    } catch (TrainInputException e) {
      throw new UsageException(describe(e), e);
    }
    out.print(TrainSummary.format(result));
    return Cli.OK;
  }

  /** The trainer's message, its setting named as the user spells it: a flag or a config key. */
  static String describe(TrainInputException e) {
    for (Map.Entry<String, String> flag : FLAGS.entrySet()) {
      String subject = "setting '" + flag.getKey() + "'";
      if (e.subject().equals(subject) && e.getMessage().startsWith(subject + ": ")) {
        return flag.getValue() + ": " + e.getMessage().substring(subject.length() + 2);
      }
    }
    return TrainSettings.describe(e);
  }
}
