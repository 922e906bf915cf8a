package io.instruct4j.finetune.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Writes small Alpaca-style JSONL files whose words are all in {@link TinyLlama}'s vocabulary. */
public final class TrainData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainData() {}

  /** {@code n} "reverse the words" examples over 3-5 fixture words. */
  public static Path reverse(Path file, int n, long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> words = new ArrayList<>();
      int count = 3 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        words.add("w" + random.nextInt(40));
      }
      List<String> reversed = new ArrayList<>(words);
      Collections.reverse(reversed);
      lines.add(row("reverse the words", String.join(" ", words), String.join(" ", reversed)));
    }
    return write(file, lines);
  }

  /**
   * {@code n} question/answer examples whose answers follow one pattern ("the answer is wK", K
   * from the question's number mod 4): learnable by a tiny random model in a few dozen steps.
   */
  public static Path answers(Path file, int n) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(row("answer the words", "w" + (10 + i) + " ?", "the answer is w" + (i % 4)));
    }
    return write(file, lines);
  }

  /** One JSON line {"instruction","input","output"}. */
  public static String row(String instruction, String input, String output) {
    var node = JSON.createObjectNode().put("instruction", instruction).put("input", input).put("output", output);
    return node.toString();
  }

  public static Path write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
