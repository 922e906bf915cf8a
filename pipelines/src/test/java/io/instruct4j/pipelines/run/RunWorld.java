package io.instruct4j.pipelines.run;

import io.instruct4j.cli.ConfigLoader;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.progress.Terminal;
import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's world for tests: the three generators' inputs in a temporary folder, one fake endpoint
 * that plays all three generators' scripts (Self-Instruct's finance tasks, Self-QA's Helios
 * documents, Self-KG's first-aid graph), and the YAML config a user would write.
 */
final class RunWorld implements AutoCloseable {

  final Path dir;
  final FakeOpenAiServer server;
  final Path config;
  final Path runDir;
  final StringWriter log = new StringWriter();

  RunWorld(Path dir) {
    this.dir = dir;
    this.runDir = dir.resolve("runs").resolve("e2e");
    this.server = FakeOpenAiServer.start().models("fake-run-7b");
    Fixtures.installFinance(server);
    Fixtures.installHelios(server);
    CareScript.install(server);
    try {
      Path seeds = Files.writeString(dir.resolve("seeds.jsonl"), String.join("\n", Fixtures.financeSeeds()) + "\n");
      Path docs = Fixtures.writeHeliosDocs(dir);
      Path kg = CareScript.write(dir);
      config = Files.writeString(dir.resolve("e2e.yaml"), yaml(seeds, docs, kg));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String yaml(Path seeds, Path docs, Path kg) {
    return """
        llm:
          base_url: %s
          model: fake-run-7b
          max_retries: 2
          initial_backoff_millis: 10
          max_backoff_millis: 2000
          timeout_seconds: 30
        runner:
          name: DirectRunner
        output: %s
        language: en
        run:
          name: e2e
          generators: [self_instruct, self_qa, self_kg]
        self_instruct:
          seeds: %s
          target_instructions: 6
          max_rounds: 3
          requests_per_round: 1
          human_examples: 2
          machine_examples: 50
          seed: 7
        self_qa:
          inputs: [%s]
          chunk_unit: chars
          chunk_size: 400
          chunk_overlap: 0
          min_chunk_chars: 40
          questions_per_chunk: 3
        self_kg:
          inputs: [%s]
          generator: both
          domain: home first aid
          temperature: 0.2
          reply_retries: 1
        curate:
          near_duplicate: {threshold: 0.8}
        export:
          formats: [alpaca, sharegpt]
          validation_fraction: 0.2
        """.formatted(server.baseUrl(), runDir, seeds, docs, kg);
  }

  /** The config with {@code --set} style overrides. */
  RootConfig config(String... overrides) {
    return ConfigLoader.load(config, List.of(overrides));
  }

  RunSummary run(RunOptions options, String... overrides) {
    return RunPipeline.run(config(overrides), options, "e2e", new Terminal(new PrintWriter(log, true), false));
  }

  RunSummary run(String... overrides) {
    return run(RunOptions.DEFAULT, overrides);
  }

  DryRunReport dryRun(String... overrides) {
    return DryRun.check(config(overrides), new RunOptions(null, null, true), "e2e");
  }

  /** Requests the endpoint got for one generator's prompts. */
  long requests(java.util.function.Predicate<FakeRequest> which) {
    return server.requests().stream().filter(which).count();
  }

  @Override
  public void close() {
    server.close();
  }
}
