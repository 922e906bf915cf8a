package io.instruct4j.cli;

import io.instruct4j.core.llm.LlmException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code instruct4j} command line: builds the command tree and maps failures to exit codes. */
@Command(name = "instruct4j", mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "Manufactures instruction data for fine-tuning LLMs.",
    subcommands = {VersionCommand.class, LlmCommand.class, SelfInstructCommand.class, SelfQaCommand.class, SelfKgCommand.class,
        CurateCommand.class, ExportCommand.class, TrainCommand.class, RunCommand.class, CommandLine.HelpCommand.class})
public final class Cli {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for a run that failed. */
  public static final int FAILURE = 1;
  /** Exit code for a usage or configuration mistake. */
  public static final int USAGE = 2;

  private Cli() {}

  /** Runs the command line and returns the exit code; tests call this instead of main. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Cli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(Cli::exitCode);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean verbose = parseResult.originalArgs().contains("--verbose");
      commandLine.getErr().println("instruct4j: " + message(e));
      if (verbose) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return exitCode(e);
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Config and argument validation throws IllegalArgumentException with the setting's name in
   * the message, so it is a usage error (2) like an unknown key; anything else is a failed run (1).
   */
  static int exitCode(Throwable e) {
    return e instanceof UsageException || e instanceof IllegalArgumentException
        || e instanceof CommandLine.ParameterException ? USAGE : FAILURE;
  }

  private static String message(Exception e) {
    if (e instanceof UsageException || e instanceof LlmException || e instanceof IllegalArgumentException
        || e instanceof java.io.UncheckedIOException) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage() + " (rerun with --verbose for details)";
  }
}
