package io.instruct4j.pipelines.report;

import io.instruct4j.pipelines.run.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Training: what the trainer left in {@code train/} (adapter, checkpoints), by name. */
final class TrainSection {

  static final String TITLE = "Training";

  private TrainSection() {}

  static StageSection build(Path dir) {
    List<List<String>> rows = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.sorted().toList()) {
        boolean folder = Files.isDirectory(p);
        rows.add(List.of(p.getFileName() + (folder ? "/" : ""), folder ? "-" : Fmt.count(Files.size(p))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the training folder " + dir, e);
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, TITLE));
    if (rows.isEmpty()) {
      blocks.add(new Block.Text("train/ is empty."));
    } else {
      blocks.add(new Block.Table("Contents of train/", List.of("Name", "Bytes"), rows));
    }
    return new StageSection(Stage.TRAIN, !rows.isEmpty(), "-", "-", 0, 0, null, null, blocks);
  }
}
