package io.instruct4j.pipelines.report;

import io.instruct4j.core.record.Example;
import io.instruct4j.pipelines.run.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A few examples of each method. Taken from the curated set when there is one (that is what gets
 * exported), else from each generator's output.
 */
final class SamplesSection {

  static final int PER_METHOD = 3;
  /** Self-Instruct's training examples: {@code examples.jsonl}, or {@code instances.jsonl} as the pipeline names it. */
  static final List<String> SELF_INSTRUCT_EXAMPLES = List.of(StageFiles.EXAMPLES, "instances.jsonl");

  private SamplesSection() {}

  static List<Block> build(Path runDir) {
    List<Path> sources = sources(runDir);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, "Sample examples"));
    if (sources.isEmpty()) {
      blocks.add(new Block.Text("No examples file was found."));
      return blocks;
    }
    SampleCollector samples = new SampleCollector(PER_METHOD);
    for (Path file : sources) {
      ReportInputs.forEach(file, Example.class, samples);
    }
    blocks.add(new Block.Text("The first " + PER_METHOD + " examples of each method by id, from "
        + String.join(", ", sources.stream().map(p -> runDir.relativize(p).toString().replace('\\', '/')).toList())
        + ". Ids are content hashes, so this is a fixed pick that favours no file or round."));
    blocks.addAll(samples.blocks());
    return blocks;
  }

  static List<Path> sources(Path runDir) {
    Path curated = runDir.resolve(Stage.CURATE.folder()).resolve(StageFiles.EXAMPLES);
    if (Files.exists(curated)) {
      return List.of(curated);
    }
    List<Path> out = new ArrayList<>();
    for (Stage stage : Stage.GENERATORS) {
      List<String> names = stage == Stage.SELF_INSTRUCT ? SELF_INSTRUCT_EXAMPLES : List.of(StageFiles.EXAMPLES);
      names.stream().map(n -> runDir.resolve(stage.folder()).resolve(n)).filter(Files::exists).findFirst()
          .ifPresent(out::add);
    }
    return out;
  }
}
