package io.instruct4j.pipelines.selfkg;

import static org.assertj.core.api.Assertions.assertThat;

import io.instruct4j.cli.SelfKgCommand;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.common.StageFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sample knowledge graphs and the template-only demo configs, through the command line. */
class SelfKgCommandTest {

  /** Tests run in the pipelines module folder; the sample paths in the demo configs are relative to the repo root. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  @AfterEach
  void tearDown() {
    LlmGateway.closeShared();
  }

  private int run(StringWriter out, StringWriter err, String config, String... inputs) {
    List<String> args = new ArrayList<>(List.of("-c", ROOT.resolve(config).toString(), "-o", dir.toString(),
        "--set", "self_kg.templates_file='" + ROOT.resolve("sample-data/self-kg/templates-example.yaml") + "'"));
    for (String input : inputs) {
      assertThat(Files.isRegularFile(ROOT.resolve(input))).as(input).isTrue();
      args.add("-i");
      args.add(ROOT.resolve(input).toString());
    }
    CommandLine cli = new CommandLine(new SelfKgCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args.toArray(String[]::new));
  }

  @Test
  void should_turn_the_english_rdf_samples_into_template_examples() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = run(out, err, "sample-data/self-kg/demo-en-templates.yaml", "sample-data/self-kg/en/home-care.ttl",
        "sample-data/self-kg/en/dehydration.nt", "sample-data/self-kg/en/first-aid.jsonld");

    assertThat(code).as(err.toString()).isZero();
    List<Example> examples = StageFiles.read(dir.resolve("examples.jsonl"), Example.class);
    assertThat(examples).extracting(Example::instruction, Example::output).contains(
        org.assertj.core.groups.Tuple.tuple("When should someone with common cold see a doctor?",
            "Someone with common cold should see a doctor if symptoms last more than ten days."),
        org.assertj.core.groups.Tuple.tuple("What are the symptoms of dehydration?",
            "The symptoms of dehydration include Dark urine and thirst."));
    assertThat(out.toString()).startsWith("Self-KG (en, no model, DirectRunner, template, 1 hop)");
    assertThat(StageFiles.read(dir.resolve("rejects.jsonl"), Reject.class)).isEmpty();
  }

  @Test
  void should_turn_the_chinese_tsv_and_cmekg_samples_into_one_example_per_entity_and_relation() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = run(out, err, "sample-data/self-kg/demo-zh-templates.yaml", "sample-data/self-kg/zh/common-ailments.tsv",
        "sample-data/self-kg/zh/cmekg-style.jsonl");

    assertThat(code).as(err.toString()).isZero();
    List<Example> examples = StageFiles.read(dir.resolve("examples.jsonl"), Example.class);
    assertThat(examples).hasSize(35);
    assertThat(examples).extracting(Example::output).contains(
        "感冒的症状包括咳嗽、咽痛、流涕和鼻塞。", "口腔溃疡患者应避免辛辣食物。", "缺铁性贫血患者适合吃动物肝脏和瘦肉。");
    assertThat(StageFiles.read(dir.resolve("rejects.jsonl"), Reject.class)).isEmpty();
  }
}
