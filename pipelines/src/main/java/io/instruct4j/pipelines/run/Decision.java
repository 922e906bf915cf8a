package io.instruct4j.pipelines.run;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a stage runs in this start, and why: shown in the plan, the dry run and the summary.
 *
 * @param stage the stage
 * @param run whether it runs (else it is skipped: done, with the same fingerprint)
 * @param reason why, in a few words
 * @param fingerprint its fingerprint now
 * @param fresh whether its folder is cleared first: left-overs computed from other settings must
 *     not be resumed (a Self-Instruct round accepted under another threshold); an unfinished stage
 *     with the same fingerprint keeps its folder and resumes
 */
public record Decision(Stage stage, boolean run, String reason, Fingerprint fingerprint, boolean fresh) {

  static Decision of(Stage stage, Fingerprint fp, StageRecord last, boolean forced, Path runDir) {
    if (forced) {
      return new Decision(stage, true, "forced by --from", fp, true);
    }
    if (last == null) {
      return new Decision(stage, true, "new", fp, true);
    }
    if (!fp.config().equals(last.configFingerprint())) {
      return new Decision(stage, true, "settings changed", fp, true);
    }
    if (!fp.total().equals(last.fingerprint())) {
      return new Decision(stage, true, "inputs changed", fp, true);
    }
    if (!last.done()) {
      return new Decision(stage, true, StageRecord.FAILED.equals(last.status()) ? "failed last time, resuming"
          : "unfinished, resuming", fp, false);
    }
    for (String output : last.outputs().values()) {
      if (!Files.exists(runDir.resolve(output))) {
        return new Decision(stage, true, "output " + output + " is missing", fp, false);
      }
    }
    return new Decision(stage, false, "done " + last.finishedAt(), fp, false);
  }
}
