package io.instruct4j.pipelines.selfinstruct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.instruct4j.core.llm.LlmConfig;
import io.instruct4j.core.llm.LlmGateway;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.RunnerConfig;
import io.instruct4j.selfinstruct.SelfInstructConfig;
import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReply;
import io.instruct4j.testkit.FakeRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese run on the project's own Chinese seed file: full-width list markers, character-level
 * ROUGE-L (rouge_score would score every Chinese pair 0 and keep near-duplicates), the Chinese
 * blocklist and "write a program" prefixes, and Chinese Yes/No and instance replies.
 */
class ChineseRunTest {

  static final String REPLY = """
      好的，以下是新的任务：

      3、解释什么是复利，并举一个简单的例子。
      4．判断下面这条短信是否为诈骗信息。
      **5.** 判断下面这笔交易属于收入还是支出。
      6、请解释什么是复利，并举一个简单的例子说明。
      7、根据下面的消费记录画出一张饼状图片。
      8、编写一个程序计算每月房贷还款额。
      9、为刚工作的大学生制定一份每月预算建议。
      """;

  @TempDir Path dir;

  @AfterEach
  void closeGateways() {
    LlmGateway.closeShared();
  }

  @Test
  void should_filter_and_score_chinese_on_characters() {
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      server.when(FakeRequest.lastUserMessageContains("是否为分类任务"),
          r -> FakeReply.text(r.lastUserMessage().contains("收入还是支出。\n是否") ? "是" : "否"));
      server.when(r -> r.lastUserMessage().contains("类别标签"), FakeReply.text(
          "类别标签：收入\n输入：工资到账 8000元\n\n类别标签：支出\n输入：超市购物 235.60元"));
      server.when(r -> r.lastUserMessage().contains("编写最多"), r -> r.lastUserMessage().contains("复利")
          ? FakeReply.text("示例 1\n输出：复利是利息也计息。例如本金1000元、年利率10%，两年后为1210元。")
          : FakeReply.text("示例 1\n输入：月收入6000元\n输出：房租不超过2000元，储蓄至少1200元，其余用于生活开支。"));
      server.otherwise(FakeReply.text(REPLY));

      Path out = dir.resolve("zh");
      LlmConfig llm = LlmConfig.of(server.baseUrl(), "fake-qwen").withBackoff(10, 100);
      SelfInstructConfig si = new SelfInstructConfig(Path.of("../sample-data/self-instruct/seeds-zh.jsonl").toString(),
          3, 1, null, 1, 2, 0, null, 2, null, null, null, null, null, null, null, null, 5L);
      RootConfig config = new RootConfig(llm, new RunnerConfig("DirectRunner", null, null), out.toString(), "zh",
          "fail", si, null, null);
      SelfInstructSummary summary = SelfInstructPipeline.run(config, new PrintWriter(new StringWriter()));

      assertThat(SelfInstructPipelineTest.read(out.resolve("instructions.jsonl"), Example.class))
          .extracting(Example::instruction, Example::isClassification, Example::language)
          .containsExactlyInAnyOrder(
              tuple("解释什么是复利，并举一个简单的例子。", false, "zh"),
              tuple("判断下面这笔交易属于收入还是支出。", true, "zh"),
              tuple("为刚工作的大学生制定一份每月预算建议。", false, "zh"));
      assertThat(SelfInstructPipelineTest.read(out.resolve("rejects.jsonl"), Reject.class))
          .extracting(Reject::filter, r -> r.text() != null ? r.text() : r.example().instruction())
          .containsExactlyInAnyOrder(
              // Character-level ROUGE-L against the seed fin_zh_1 "判断下面的短信是否为诈骗信息，回答“是”或“否”。"
              tuple("rouge_l", "判断下面这条短信是否为诈骗信息。"),
              tuple("rouge_l", "请解释什么是复利，并举一个简单的例子说明。"),
              tuple("blocklist", "根据下面的消费记录画出一张饼状图片。"),
              tuple("write_a_program", "编写一个程序计算每月房贷还款额。"));
      assertThat(summary.instances().examples()).isEqualTo(4);
      assertThat(SelfInstructPipelineTest.read(out.resolve("instances.jsonl"), Example.class))
          .extracting(Example::output)
          .contains("收入", "支出", "复利是利息也计息。例如本金1000元、年利率10%，两年后为1210元。");
    }
  }
}
