package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.RootConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What a stage needs to run inside a run folder.
 *
 * @param config the run's config with {@code output} set to the stage's folder and the response
 *     cache set to the run folder's one shared file
 * @param runDir the run folder
 * @param generators the generators of this run, in order (curate reads their datasets)
 * @param progress where the stage's own progress lines go
 */
public record StageContext(RootConfig config, Path runDir, List<Stage> generators, PrintWriter progress) {

  public Path dir(Stage stage) {
    return runDir.resolve(stage.folder());
  }

  /** {@code path} relative to the run folder, with '/' separators: how run-state.json names files. */
  public String relative(Path path) {
    return runDir.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
