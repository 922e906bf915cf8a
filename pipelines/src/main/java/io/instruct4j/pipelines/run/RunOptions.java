package io.instruct4j.pipelines.run;

/**
 * How to drive a run.
 *
 * @param from redo this stage and every stage downstream of it, done or not; null for none
 * @param until stop after this stage: run only it and the stages upstream of it; null for all
 * @param dryRun validate and plan without calling the model or writing anything
 */
public record RunOptions(Stage from, Stage until, boolean dryRun) {

  public static final RunOptions DEFAULT = new RunOptions(null, null, false);

  public RunOptions {
    if (from != null && until != null && !from.feeds(until)) {
      throw new IllegalArgumentException("--from " + from.key() + " and --until " + until.key()
          + " leave nothing to redo: " + until.key() + " does not read " + from.key() + "'s outputs");
    }
  }
}
