package io.instruct4j.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code instruct4j} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = Cli.execute(out, err, args);
    // Beam and Flink leave non-daemon threads behind; the exit code is what scripts rely on.
    System.exit(code);
  }
}
