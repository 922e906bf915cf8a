package io.instruct4j.pipelines.curate;

import io.instruct4j.pipelines.common.StageFiles;
import java.nio.file.Path;

/** The files of a curation output folder, and its work folder for the Beam pipeline's files. */
record CurateFiles(Path dir) {

  static final String EXAMPLES = "examples.jsonl";
  static final String FINETUNE = "finetune.jsonl";
  static final String REJECTS = "rejects.jsonl";
  static final String CLUSTERS = "clusters.jsonl";
  static final String REPORT = "curation-report.json";

  Path file(String name) {
    return dir.resolve(name);
  }

  /** Hidden, and deleted after a successful run: it holds nothing a user needs. */
  Path work() {
    return dir.resolve(".curate-work");
  }

  /** The slices of the corpus ({@link SliceFiles}): the driver's, and the ones the quality step changed. */
  Path workSlices() {
    return work().resolve("slices");
  }

  /** The chain's output files ({@link ChainOutputs}), before the driver moves them into place. */
  Path workOutputs() {
    return work().resolve("outputs");
  }

  /** Deletes the work folder: before a run (a killed run may have left files) and after it. */
  void clearWork() {
    StageFiles.deleteTree(work());
  }
}
