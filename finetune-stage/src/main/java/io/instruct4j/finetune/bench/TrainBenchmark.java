package io.instruct4j.finetune.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * LoRA versus full fine-tuning on a random ~10M-parameter Llama-style model: tokens per second,
 * peak resident memory and the trainable-parameter ratio. Each mode runs in its own JVM so the
 * peak-memory figures do not mix.
 *
 * <pre>
 * java -cp CLASSPATH io.instruct4j.finetune.bench.TrainBenchmark [batch length warmup steps]
 * </pre>
 * Defaults: batch 8, length 128, 2 warm-up steps, 10 timed steps. Torch threads follow
 * {@code -Dai.djl.pytorch.num_threads} (passed on to the child JVMs).
 */
public final class TrainBenchmark {

  private static final List<String> MODES = List.of("lora-qv", "lora-all", "full");

  private TrainBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 5 && args[0].equals("--child")) {
      System.out.println("RESULT " + BenchRun.run(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
          Integer.parseInt(args[4].split(",")[0]), Integer.parseInt(args[4].split(",")[1])));
      return;
    }
    String[] p = args.length == 4 ? args : new String[] {"8", "128", "2", "10"};
    System.out.printf("batch %s x length %s, %s warm-up + %s timed steps, AdamW, float32, CPU%n", p[0], p[1], p[2], p[3]);
    for (String mode : MODES) {
      System.out.println(child(mode, p));
    }
  }

  private static String child(String mode, String[] p) throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path")));
    for (String property : List.of("ai.djl.pytorch.num_threads", "ai.djl.pytorch.num_interop_threads", "ai.djl.offline")) {
      if (System.getProperty(property) != null) {
        command.add("-D" + property + "=" + System.getProperty(property));
      }
    }
    command.addAll(List.of(TrainBenchmark.class.getName(), "--child", mode, p[0], p[1], p[2] + "," + p[3]));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String result = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        output.append(line).append('\n');
        if (line.startsWith("RESULT ")) {
          result = line.substring("RESULT ".length());
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || result == null) {
      throw new IllegalStateException("benchmark mode " + mode + " failed with exit " + exit + ":\n" + output);
    }
    return result;
  }
}
