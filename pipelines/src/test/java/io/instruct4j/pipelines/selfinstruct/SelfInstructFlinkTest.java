package io.instruct4j.pipelines.selfinstruct;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.record.Example;
import io.instruct4j.testkit.FakeOpenAiServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scripted run on Flink's embedded mini-cluster ends with exactly the DirectRunner's results. */
class SelfInstructFlinkTest {

  @TempDir Path dir;

  @Test
  void should_produce_the_same_outputs_on_flink_as_on_the_direct_runner() throws IOException {
    Path seeds = Files.writeString(dir.resolve("seeds.jsonl"), String.join("\n", FinanceScript.SEEDS) + "\n");
    List<String> direct = run(seeds, dir.resolve("direct"), "DirectRunner");
    List<String> flink = run(seeds, dir.resolve("flink"), "FlinkRunner");
    assertThat(flink).hasSize(5).isEqualTo(direct);
  }

  private static List<String> run(Path seeds, Path out, String runner) {
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      FinanceScript.install(server);
      SelfInstructSummary summary = SelfInstructPipeline.run(
          SelfInstructPipelineTest.config(server.baseUrl(), seeds, out, runner), new PrintWriter(new StringWriter()));
      assertThat(summary.runner()).isEqualTo(runner);
      assertThat(summary.bootstrap().accepted()).isEqualTo(6);
      return SelfInstructPipelineTest.read(out.resolve("instances.jsonl"), Example.class).stream()
          .map(e -> e.id() + " " + e.instruction() + " | " + e.input() + " | " + e.output()).sorted().toList();
    } finally {
      LlmGateway.closeShared();
    }
  }
}
