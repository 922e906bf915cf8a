package io.instruct4j.pipelines.selfqa;

import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.RunFolder;
import io.instruct4j.pipelines.common.StageFiles;
import io.instruct4j.selfqa.ingest.DocumentFinder;
import io.instruct4j.selfqa.ingest.DocumentRef;
import io.instruct4j.selfqa.pipeline.SelfQaSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Self-QA end to end: find the documents, run the Beam pipeline (read, chunk, ask, answer,
 * filter), then write the run's files and summary. One pipeline, not rounds: a rerun with the
 * same config replays every finished call from the response cache in the run folder, so a killed
 * or partly failed run is finished by running it again, paying only for calls that never
 * completed (dead letters included).
 */
public final class SelfQaPipeline {

  private SelfQaPipeline() {}

  /**
   * The documents {@code self_qa.inputs} names.
   *
   * @throws IllegalArgumentException naming the setting when an input is missing or empty
   */
  public static List<DocumentRef> documents(RootConfig config) {
    return DocumentFinder.find(config.selfQa().inputs());
  }

  /** Runs the job described by {@code config}; progress lines go to {@code progress}. */
  public static SelfQaSummary run(RootConfig config, PrintWriter progress) {
    return run(config, documents(config), progress);
  }

  /** Runs the job over {@code documents} (as {@link #documents} found them). */
  public static SelfQaSummary run(RootConfig config, List<DocumentRef> documents, PrintWriter progress) {
    long started = System.nanoTime();
    Path runDir = RunFolder.prepare(config.output());
    LlmConfig llm = RunFolder.withDefaultCache(config.llm(), runDir).validated();
    StageFiles files = new StageFiles(runDir);
    files.removeSummary();
    progress.printf("self-qa: %d documents on %s, output %s%n", documents.size(), config.runner().name(), runDir);
    progress.flush();
    Map<String, Map<String, Long>> counters = new SelfQaRunner(config.runner(), LlmGateway.factory(llm))
        .run(new SelfQaSpec(documents, config.selfQa(), config.language()), files);
    progress.println("self-qa: pipeline finished, writing outputs");
    progress.flush();
    return SelfQaOutputs.write(files, documents, counters, started, config);
  }
}
