package io.instruct4j.pipelines.selfinstruct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.instruct4j.core.io.BadRecords;
import io.instruct4j.core.io.JsonlReader;
import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.pipelines.common.FinetuneRow;
import io.instruct4j.selfinstruct.SelfInstructConfig;
import io.instruct4j.testkit.FakeOpenAiServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfInstructPipelineTest {

  @TempDir Path dir;
  private FakeOpenAiServer server;
  private Path seeds;

  @BeforeEach
  void setUp() throws IOException {
    server = FakeOpenAiServer.start();
    FinanceScript.install(server);
    seeds = Files.writeString(dir.resolve("seeds.jsonl"), String.join("\n", FinanceScript.SEEDS) + "\n");
  }

  @AfterEach
  void tearDown() {
    LlmGateway.closeShared();
    server.close();
  }

  static RootConfig config(String baseUrl, Path seeds, Path out, String runner) {
    LlmConfig llm = LlmConfig.of(baseUrl, "fake-finance-7b").withBackoff(10, 2_000).withRetries(2, 30);
    SelfInstructConfig si = new SelfInstructConfig(seeds.toString(), 6, 3, null, 1, 2, 50, null, null, null,
        null, null, null, null, null, null, null, 7L);
    return new RootConfig(llm, new RunnerConfig(runner, null, null), out.toString(), "en", "fail", si, null, null);
  }

  private SelfInstructSummary run(Path out, PrintWriter progress) {
    return SelfInstructPipeline.run(config(server.baseUrl(), seeds, out, "DirectRunner"), progress);
  }

  static <T> List<T> read(Path file, Class<T> type) {
    return JsonlReader.open(file, type, BadRecords.fail()).readAll();
  }

  @Test
  void should_accept_exactly_the_tasks_that_pass_every_filter() {
    Path out = dir.resolve("run");
    SelfInstructSummary summary = run(out, new PrintWriter(new StringWriter()));

    assertThat(read(out.resolve("instructions.jsonl"), Example.class))
        .extracting(Example::instruction, Example::isClassification)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Explain the difference between a Roth IRA and a traditional IRA.", false),
            org.assertj.core.groups.Tuple.tuple("Classify the following bank transaction as income or expense.", true),
            org.assertj.core.groups.Tuple.tuple("Suggest three ways to reduce grocery spending.", false),
            org.assertj.core.groups.Tuple.tuple("List the main categories of a household budget.", false),
            org.assertj.core.groups.Tuple.tuple("Identify whether the given message is a phishing attempt.", true),
            org.assertj.core.groups.Tuple.tuple("Rewrite the following sentence about loans in a formal tone.", null));
    assertThat(summary.stoppedBecause()).isEqualTo("target_reached");
    assertThat(summary.rounds()).isEqualTo(2);
  }

  @Test
  void should_record_every_reject_with_its_filter_and_reason() {
    Path out = dir.resolve("run");
    run(out, new PrintWriter(new StringWriter()));

    List<Reject> rejects = read(out.resolve("rejects.jsonl"), Reject.class);
    assertThat(rejects).filteredOn(r -> r.stage().equals("bootstrap"))
        .extracting(Reject::filter, r -> r.text() != null ? r.text() : r.example().instruction())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("blocklist", "Create an image that shows a monthly budget."),
            org.assertj.core.groups.Tuple.tuple("length", "Sort."),
            org.assertj.core.groups.Tuple.tuple("rouge_l", "Explain the difference between a Roth IRA and a traditional IRA account."),
            org.assertj.core.groups.Tuple.tuple("write_a_program", "Write a program that computes compound interest."),
            org.assertj.core.groups.Tuple.tuple("truncated", "Summarize the key points of the following article about"),
            org.assertj.core.groups.Tuple.tuple("rouge_l", "Suggest three ways to reduce grocery spending."),
            org.assertj.core.groups.Tuple.tuple("length", "将以下金额从美元换算成人民币。"),
            org.assertj.core.groups.Tuple.tuple("leading_character",
                "Über-style budgeting apps: explain how an overdraft fee works for students."));
    assertThat(rejects).filteredOn(r -> r.filter().equals("rouge_l"))
        .allSatisfy(r -> assertThat(r.reason()).startsWith("ROUGE-L ").contains(" > 0.70 against "));
    assertThat(rejects).filteredOn(r -> r.stage().equals("classify"))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.filter()).isEqualTo("unparseable_classification");
          assertThat(r.example().instruction()).startsWith("Rewrite the following sentence");
        });
    assertThat(rejects).filteredOn(r -> r.stage().equals("instances")).extracting(Reject::filter)
        .containsExactlyInAnyOrder("instance_cleanup", "instance_cleanup", "no_valid_instances");
  }

  @Test
  void should_write_examples_dead_letters_and_a_summary_whose_counts_add_up() {
    Path out = dir.resolve("run");
    SelfInstructSummary s = run(out, new PrintWriter(new StringWriter()));

    List<Example> examples = read(out.resolve("instances.jsonl"), Example.class);
    assertThat(examples).extracting(Example::input, Example::output).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("", "A Roth IRA is funded with after-tax money and grows tax-free; "
            + "a traditional IRA is funded with pre-tax money and taxed on withdrawal."),
        org.assertj.core.groups.Tuple.tuple("Salary deposit of $3,000", "Income"),
        org.assertj.core.groups.Tuple.tuple("Grocery store purchase of $85.20", "Expense"),
        org.assertj.core.groups.Tuple.tuple("Your account is locked, click here to verify your password.", "Phishing"),
        org.assertj.core.groups.Tuple.tuple("Your monthly statement is ready in the app.", "Not phishing"));
    assertThat(examples).allSatisfy(e -> {
      assertThat(e.provenance().model()).isEqualTo("fake-finance-7b");
      assertThat(e.provenance().promptTemplateId()).startsWith("self-instruct/instances-");
      assertThat(e.provenance().promptHash()).hasSize(64);
      assertThat(e.provenance().round()).isBetween(1, 2);
    });
    assertThat(read(out.resolve("finetune.jsonl"), FinetuneRow.class)).hasSize(5);
    List<DeadLetter> dead = read(out.resolve("dead-letters.jsonl"), DeadLetter.class);
    assertThat(dead).singleElement().satisfies(d -> {
      assertThat(d.stage()).isEqualTo("instances");
      assertThat(d.errorType()).isEqualTo("server_error");
      assertThat(d.attempts()).isEqualTo(3);
      assertThat(d.input()).contains("List the main categories of a household budget.");
    });

    assertThat(s.bootstrap().requests()).isEqualTo(2);
    assertThat(s.bootstrap().replies()).isEqualTo(2);
    assertThat(s.bootstrap().candidates()).isEqualTo(s.bootstrap().accepted()
        + s.bootstrap().rejected().values().stream().mapToLong(Long::longValue).sum());
    assertThat(s.bootstrap().accepted()).isEqualTo(6);
    assertThat(s.classify().instructions()).isEqualTo(s.classify().classified()
        + s.classify().rejected().values().stream().mapToLong(Long::longValue).sum()
        + s.classify().deadLetters().values().stream().mapToLong(Long::longValue).sum());
    assertThat(s.classify().classificationTasks()).isEqualTo(2);
    assertThat(s.instances().instructions()).isEqualTo(5);
    assertThat(s.instances().instructions()).isEqualTo(s.instances().withExamples()
        + s.instances().rejected().getOrDefault("no_valid_instances", 0L)
        + s.instances().deadLetters().values().stream().mapToLong(Long::longValue).sum());
    assertThat(s.instances().examples()).isEqualTo(5);
    Map<String, Long> bootstrapLlm = s.llm().get("bootstrap");
    assertThat(bootstrapLlm).containsEntry("calls", 2L).containsEntry("retries", 1L).containsEntry("truncated", 1L)
        .containsEntry("prompt_tokens", 700L).containsEntry("completion_tokens", 180L);
    assertThat(s.llm().get("classify")).containsEntry("calls", 9L);
    assertThat(s.llm().get("instances")).containsEntry("failures", 1L);
    assertThat(Files.exists(out.resolve("summary.json"))).isTrue();
  }

  @Test
  void should_finish_a_killed_run_with_the_same_set_and_no_repeated_calls() throws IOException {
    Path whole = dir.resolve("whole");
    run(whole, new PrintWriter(new StringWriter()));
    int uninterrupted = server.requestCount();
    List<String> expected = read(whole.resolve("instances.jsonl"), Example.class).stream().map(Example::id).sorted().toList();
    LlmGateway.closeShared();
    server.reset();
    FinanceScript.install(server);

    Path killed = dir.resolve("killed");
    assertThatThrownBy(() -> run(killed, new PrintWriter(new KillAfter("round 1/3 done"))))
        .hasMessageContaining("killed");
    LlmGateway.closeShared();
    int beforeKill = server.requestCount();
    assertThat(Files.exists(killed.resolve("rounds/round-001/done.json"))).isTrue();
    assertThat(Files.exists(killed.resolve("instances.jsonl"))).isFalse();

    SelfInstructSummary resumed = run(killed, new PrintWriter(new StringWriter()));
    assertThat(resumed.roundsResumed()).isEqualTo(1);
    assertThat(server.requestCount()).isEqualTo(uninterrupted);
    assertThat(server.requestCount() - beforeKill).isLessThan(uninterrupted);
    assertThat(read(killed.resolve("instances.jsonl"), Example.class).stream().map(Example::id).sorted().toList())
        .isEqualTo(expected);
  }

  @Test
  void should_replay_an_unfinished_round_from_the_cache_without_calling_the_model() throws IOException {
    Path out = dir.resolve("run");
    run(out, new PrintWriter(new StringWriter()));
    List<String> expected = read(out.resolve("instances.jsonl"), Example.class).stream().map(Example::id).sorted().toList();
    int calls = server.requestCount();
    // A kill during round 2: its completion marker and the merged outputs never got written.
    Files.delete(out.resolve("rounds/round-002/done.json"));
    Files.delete(out.resolve("instances.jsonl"));
    LlmGateway.closeShared();

    run(out, new PrintWriter(new StringWriter()));
    assertThat(server.requestCount()).isEqualTo(calls);
    assertThat(read(out.resolve("instances.jsonl"), Example.class).stream().map(Example::id).sorted().toList())
        .isEqualTo(expected);
  }

  /** A progress writer that kills the run when a given line is printed, right after that point is on disk. */
  static final class KillAfter extends Writer {
    private final String marker;
    private final StringBuilder seen = new StringBuilder();

    KillAfter(String marker) {
      this.marker = marker;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      seen.append(buf, off, len);
      if (seen.indexOf(marker) >= 0) {
        throw new IllegalStateException("killed after: " + marker);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
