package io.instruct4j.pipelines.selfqa;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.testkit.FakeOpenAiServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scripted run on Flink's embedded mini-cluster ends with exactly the DirectRunner's results. */
class SelfQaFlinkTest {

  @TempDir Path dir;

  private record Outcome(SelfQaSummary summary, List<String> examples, List<String> rejects) {}

  @Test
  void should_produce_the_same_outputs_on_flink_as_on_the_direct_runner() throws IOException {
    Path docs = HeliosDocs.write(dir);
    Outcome direct = run(docs, dir.resolve("direct"), "DirectRunner");
    Outcome flink = run(docs, dir.resolve("flink"), "FlinkRunner");

    assertThat(flink.summary().runner()).isEqualTo("FlinkRunner");
    assertThat(flink.summary().countsAddUp()).isTrue();
    assertThat(flink.examples()).hasSize(6).isEqualTo(direct.examples());
    assertThat(flink.rejects()).hasSize(13).isEqualTo(direct.rejects());
    assertThat(flink.summary().documents()).isEqualTo(direct.summary().documents());
    assertThat(flink.summary().chunks()).isEqualTo(direct.summary().chunks());
    assertThat(flink.summary().questions()).isEqualTo(direct.summary().questions());
    assertThat(flink.summary().answers()).isEqualTo(direct.summary().answers());
  }

  private static Outcome run(Path docs, Path out, String runner) {
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      HeliosScript.install(server, false, true);
      SelfQaSummary summary = SelfQaPipeline.run(SelfQaPipelineTest.config(server.baseUrl(), docs, out, runner),
          new PrintWriter(new StringWriter()));
      List<String> examples = SelfQaPipelineTest.read(out.resolve("examples.jsonl"), Example.class).stream()
          .map(e -> e.id() + " " + e.provenance().sourceChunk() + " " + e.instruction() + " | " + e.output()).toList();
      List<String> rejects = SelfQaPipelineTest.read(out.resolve("rejects.jsonl"), Reject.class).stream()
          .map(r -> r.stage() + " " + r.filter() + " " + r.source()).sorted().toList();
      return new Outcome(summary, examples, rejects);
    } finally {
      LlmGateway.closeShared();
    }
  }
}
