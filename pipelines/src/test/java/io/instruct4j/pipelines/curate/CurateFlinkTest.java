package io.instruct4j.pipelines.curate;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.cli.ConfigLoader;
import io.instruct4j.pipelines.RootConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample corpus with the demo config on Flink's embedded mini-cluster gives the DirectRunner's files, byte for byte. */
class CurateFlinkTest {

  /** Tests run in the pipelines module folder; the samples are at the repo root. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final List<String> FILES = List.of("examples.jsonl", "finetune.jsonl", "rejects.jsonl", "clusters.jsonl");

  @TempDir Path dir;

  @Test
  void should_write_the_same_outputs_on_flink_as_on_the_direct_runner() throws IOException {
    List<Path> inputs = List.of(ROOT.resolve("sample-data/curate/records.jsonl"),
        ROOT.resolve("sample-data/curate/seeds.jsonl"), ROOT.resolve("sample-data/curate/alpaca.json"));

    CurationReport direct = run(inputs, dir.resolve("direct"), "DirectRunner");
    CurationReport flink = run(inputs, dir.resolve("flink"), "FlinkRunner");

    assertThat(flink.runner()).isEqualTo("FlinkRunner");
    for (String file : FILES) {
      assertThat(Files.readString(dir.resolve("flink").resolve(file))).as(file)
          .isEqualTo(Files.readString(dir.resolve("direct").resolve(file)));
    }
    assertThat(flink.steps()).isEqualTo(direct.steps());
    assertThat(flink.inputs()).isEqualTo(direct.inputs());
    assertThat(flink.kept()).isEqualTo(direct.kept()).isEqualTo(13);
  }

  private static CurationReport run(List<Path> inputs, Path out, String runner) {
    RootConfig config = ConfigLoader.load(ROOT.resolve("sample-data/curate/demo.yaml"), List.of("runner.name=" + runner));
    return CuratePipeline.run(config, inputs, out, CurateData.quiet());
  }
}
