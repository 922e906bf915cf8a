package io.instruct4j.pipelines.curate;

import static io.instruct4j.pipelines.curate.CurateFlinkTest.FILES;
import static io.instruct4j.pipelines.curate.CurateFlinkTest.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.cli.ConfigLoader;
import io.instruct4j.pipelines.RootConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the corpus is cut into slices changes nothing in the outputs: same bytes, same counts. */
class CurateSlicingTest {

  @TempDir Path dir;

  @Test
  void should_write_the_same_outputs_whatever_the_slice_size() throws IOException {
    List<Path> inputs = List.of(ROOT.resolve("sample-data/curate/records.jsonl"),
        ROOT.resolve("sample-data/curate/seeds.jsonl"), ROOT.resolve("sample-data/curate/alpaca.json"));
    RootConfig config = ConfigLoader.load(ROOT.resolve("sample-data/curate/demo.yaml"), List.of());

    CurationReport whole = CuratePipeline.run(config, inputs, dir.resolve("whole"), CurateData.quiet());
    CurationReport single = CuratePipeline.run(config, inputs, dir.resolve("single"), CurateData.quiet(), 1);
    CurationReport fours = CuratePipeline.run(config, inputs, dir.resolve("fours"), CurateData.quiet(), 4);

    assertThat(whole.steps().get(0).rejected()).as("the sample has quality rejects").isPositive();
    for (String file : FILES) {
      String expected = Files.readString(dir.resolve("whole").resolve(file));
      assertThat(Files.readString(dir.resolve("single").resolve(file))).as(file).isEqualTo(expected);
      assertThat(Files.readString(dir.resolve("fours").resolve(file))).as(file).isEqualTo(expected);
    }
    assertThat(single.steps()).isEqualTo(whole.steps());
    assertThat(fours.steps()).isEqualTo(whole.steps());
    assertThat(single.kept()).isEqualTo(fours.kept()).isEqualTo(whole.kept()).isEqualTo(13);
  }
}
