package io.instruct4j.finetune.train.data;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.ExampleSources;
import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.io.RecordSource;
import io.instruct4j.core.io.Sourced;
import io.instruct4j.core.record.Example;
import io.instruct4j.finetune.train.TrainInputException;
import io.instruct4j.finetune.train.Truncation;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Training examples read with core's readers, rendered with {@link PromptTemplate}, tokenized and
 * cut to the maximum length, with counts of what was cut.
 *
 * @param truncated examples cut to the maximum length that kept some response tokens
 * @param dropped examples whose prompt alone filled the maximum length (nothing to learn)
 */
public record SftDataset(List<SftSample> samples, int truncated, int dropped) {

  public SftDataset {
    samples = List.copyOf(samples);
  }

  /** Reads, tokenizes and checks every example of {@code file}; bad records stop the run. */
  public static SftDataset load(Path file, String language, PromptTokenizer tokenizer, long eosId,
      int maxLength, Truncation truncation) {
    List<SftSample> samples = new ArrayList<>();
    int truncated = 0;
    int dropped = 0;
    try (RecordSource<Example> source = ExampleSources.open(file, language, BadRecords.fail())) {
      while (source.hasNext()) {
        Sourced<Example> next = source.next();
        SftSample sample = tokenize(next, tokenizer, eosId);
        if (sample.length() <= maxLength) {
          samples.add(sample);
        } else if (truncation == Truncation.FAIL) {
          throw TrainInputException.inFile(next.source(), "example is " + sample.length()
              + " tokens long, over maxSeqLength " + maxLength
              + " (raise maxSeqLength, shorten the example, or set truncation TRUNCATE)");
        } else if (sample.promptTokens() >= maxLength) {
          dropped++;
        } else {
          truncated++;
          samples.add(new SftSample(Arrays.copyOf(sample.ids(), maxLength), sample.promptTokens(), sample.source()));
        }
      }
    } catch (InputFileException e) {
      throw TrainInputException.fromReader(e);
    }
    if (samples.isEmpty()) {
      throw TrainInputException.inFile(file, dropped == 0 ? "holds no examples; nothing to train on"
          : "all " + dropped + " examples have prompts of maxSeqLength " + maxLength
              + " tokens or more; nothing is left to train on");
    }
    return new SftDataset(samples, truncated, dropped);
  }

  private static SftSample tokenize(Sourced<Example> sourced, PromptTokenizer tokenizer, long eosId) {
    Example e = sourced.value();
    if (e.output().isBlank()) {
      throw TrainInputException.inFile(sourced.source(), "example " + e.id()
          + " has an empty output; there is no response to learn");
    }
    long[] prompt = tokenizer.encodePrompt(PromptTemplate.prompt(e));
    long[] response = tokenizer.encodeResponse(e.output());
    long[] ids = new long[prompt.length + response.length + 1];
    System.arraycopy(prompt, 0, ids, 0, prompt.length);
    System.arraycopy(response, 0, ids, prompt.length, response.length);
    ids[ids.length - 1] = eosId;
    return new SftSample(ids, prompt.length, sourced.source());
  }

  /** Response tokens over all samples: the number of loss terms in one epoch. */
  public long targetTokens() {
    return samples.stream().mapToLong(SftSample::targetCount).sum();
  }

  /** SHA-256 over every sample's ids and prompt length; a resumed run must see the same data. */
  public String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      ByteBuffer buf = ByteBuffer.allocate(8);
      for (SftSample s : samples) {
        sha.update(buf.clear().putLong(s.promptTokens()).array());
        for (long id : s.ids()) {
          sha.update(buf.clear().putLong(id).array());
        }
        sha.update(buf.clear().putLong(-1).array());
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
