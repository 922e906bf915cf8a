package io.instruct4j.pipelines.run;

/**
 * A stage failed (or the endpoint check did) after the run started. Carries the summary of what
 * the run did up to then, so the command can print it before the error.
 */
public final class RunFailedException extends RuntimeException {

  private final transient RunSummary summary;

  RunFailedException(String message, Throwable cause, RunSummary summary) {
    super(message, cause);
    this.summary = summary;
  }

  /** What ran, was skipped and failed before the run stopped; null when it stopped before any stage. */
  public RunSummary summary() {
    return summary;
  }
}
