package io.instruct4j.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose}, shared by every command that can fail. {@link Cli}'s exception handler looks
 * for the flag in the raw arguments, because it runs after the command has thrown; a command that
 * reports a failure itself (as {@code run} does) reads {@link #enabled()}.
 */
public class VerboseOption {

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  /** Whether the user asked for stack traces. */
  public boolean enabled() {
    return verbose;
  }
}
