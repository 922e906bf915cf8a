package io.instruct4j.pipelines.selfkg;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.testkit.FakeOpenAiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scripted run (both generators, two hops) on Flink's embedded mini-cluster gives the DirectRunner's files. */
class SelfKgFlinkTest {

  @TempDir Path dir;

  @Test
  void should_produce_the_same_outputs_on_flink_as_on_the_direct_runner() throws IOException {
    Path[] kg = ClinicScript.writeKg(dir);
    List<String> direct = run(kg, dir.resolve("direct"), "DirectRunner");
    List<String> flink = run(kg, dir.resolve("flink"), "FlinkRunner");
    assertThat(flink.get(0)).isEqualTo(direct.get(0));
    assertThat(flink.get(1)).isEqualTo(direct.get(1));
    assertThat(flink.get(2)).isEqualTo(direct.get(2));
  }

  private static List<String> run(Path[] kg, Path out, String runner) throws IOException {
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      ClinicScript.install(server, true);
      RootConfig base = SelfKgPipelineTest.config(server.baseUrl(), out, "both", runner, kg);
      RootConfig config = new RootConfig(base.llm(), base.runner(), base.output(), base.language(), base.badRecords(),
          null, null, base.selfKg().withHops(2));
      SelfKgSummary summary = SelfKgPipeline.run(config, SelfKgPipelineTest.quiet());
      assertThat(summary.runner()).isEqualTo(runner);
      assertThat(summary.qa().examples()).isEqualTo(18);
      return List.of(Files.readString(out.resolve("examples.jsonl")), Files.readString(out.resolve("rejects.jsonl")),
          // each run has its own fake server, so only the port in the error text may differ
          Files.readString(out.resolve("dead-letters.jsonl")).replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT"));
    } finally {
      LlmGateway.closeShared();
    }
  }
}
