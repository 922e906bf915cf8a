package io.instruct4j.finetune.train.data;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.instruct4j.finetune.train.TrainInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The model's Hugging Face tokenizer (tokenizer.json, run by DJL's native tokenizers library)
 * with truncation and padding switched off: DJL's default would silently cut at 512 tokens.
 */
public final class PromptTokenizer implements AutoCloseable {

  private final HuggingFaceTokenizer tokenizer;
  private final Path file;

  private PromptTokenizer(HuggingFaceTokenizer tokenizer, Path file) {
    this.tokenizer = tokenizer;
    this.file = file;
  }

  /** Opens {@code modelDir/tokenizer.json}. */
  public static PromptTokenizer open(Path modelDir) {
    Path file = modelDir.resolve("tokenizer.json");
    if (!Files.isRegularFile(file)) {
      throw TrainInputException.inFile(file, "missing; the model folder must hold the fast-tokenizer file tokenizer.json");
    }
    try {
      return new PromptTokenizer(HuggingFaceTokenizer.newInstance(file,
          Map.of("truncation", "false", "padding", "false")), file);
    } catch (IOException | RuntimeException e) {
      throw TrainInputException.inFile(file, "cannot be loaded as a Hugging Face tokenizer: " + e.getMessage());
    }
  }

  public Path file() {
    return file;
  }

  /** The prompt's ids, with the special tokens the tokenizer adds at the start (e.g. BOS). */
  public long[] encodePrompt(String prompt) {
    return tokenizer.encode(prompt, true, false).getIds();
  }

  /** The response's ids, without special tokens; the caller appends EOS. */
  public long[] encodeResponse(String response) {
    return tokenizer.encode(response, false, false).getIds();
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
