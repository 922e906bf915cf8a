package io.instruct4j.pipelines.selfkg;

import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReply;
import io.instruct4j.testkit.FakeRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Chinese medical knowledge graph (a TSV and CMeKG-style JSONL) and a scripted model whose
 * replies are a function of the prompt alone: the entity it asks about, and the temperature (the
 * first call is cooler than a resample). Each entity exercises one path: a realistic reply with
 * one unsupported and one ungrounded pair, a fenced JSON list with a duplicate and an incomplete
 * pair, an unusable reply that a resample fixes, a reply cut off by the token limit, a reply
 * that stays unusable, and an endpoint that keeps failing.
 */
final class ClinicScript {

  static final String TSV = """
      head\trelation\ttail
      偏头痛\t相关症状\t头痛
      偏头痛\t相关症状\t恶心
      偏头痛\t所属科室\t神经内科
      偏头痛\t诱因\t睡眠不足
      感冒\t相关症状\t咳嗽
      感冒\t相关症状\t流涕
      感冒\t所属科室\t呼吸内科
      """;

  static final String JSONL = """
      {"中心词": "失眠", "相关症状": ["入睡困难", "早醒"], "所属科室": ["精神心理科"]}
      {"中心词": "口腔溃疡", "相关症状": ["口腔疼痛"], "所属科室": ["口腔科"]}
      {"中心词": "过敏性鼻炎", "相关症状": ["打喷嚏"], "所属科室": ["耳鼻喉科"]}
      {"中心词": "湿疹", "相关症状": ["皮肤瘙痒"], "所属科室": ["皮肤科"]}
      {"中心词": "感冒", "相关症状": ["咳嗽"]}
      """;

  static final String MIGRAINE = """
      好的，以下是问答对：

      问：偏头痛有哪些常见症状？
      答：偏头痛的常见症状包括头痛和恶心。

      问：偏头痛患者应该去哪个科室就诊？
      答：偏头痛患者可以到神经内科就诊。

      问：偏头痛和咳嗽有什么关系？
      答：偏头痛有时会伴随咳嗽。

      问：偏头痛发作时应该怎么办？
      答：建议及时休息，如有需要请咨询医生。

      希望对你有帮助！""";

  static final String COLD = """
      ```json
      [{"question": "感冒会出现哪些症状？", "answer": "感冒的症状包括咳嗽和流涕。"},
       {"question": "感冒应该挂哪个科？", "answer": "感冒一般到呼吸内科就诊。"},
       {"question": "感冒会传染吗？"}]
      ```""";

  static final String INSOMNIA = "问：失眠有哪些表现？\n答：失眠的表现有入睡困难和早醒。";

  static final String ULCER = """
      问：口腔溃疡通常有什么症状？
      答：口腔溃疡的症状是口腔疼痛。

      问：口腔溃疡应该看哪个科？
      答：口腔溃疡可以去口腔""";

  static final String REFUSAL = "抱歉，我不能回答医疗相关的问题。";

  private static final Pattern ENTITY = Pattern.compile("关于“([^”]+)”的事实");

  private ClinicScript() {}

  static Path[] writeKg(Path dir) throws IOException {
    return new Path[] {Files.writeString(dir.resolve("clinic.tsv"), TSV), Files.writeString(dir.resolve("clinic.jsonl"), JSONL)};
  }

  static void install(FakeOpenAiServer server, boolean eczemaFails) {
    server.otherwise(r -> reply(r, eczemaFails));
  }

  static String entity(FakeRequest r) {
    Matcher m = ENTITY.matcher(r.lastUserMessage());
    if (!m.find()) {
      throw new IllegalStateException("not a Self-KG prompt: " + r.lastUserMessage());
    }
    return m.group(1);
  }

  private static FakeReply reply(FakeRequest r, boolean eczemaFails) {
    boolean resample = r.param("temperature") != null && r.param("temperature").asDouble() > 0.5;
    return switch (entity(r)) {
      case "偏头痛" -> FakeReply.text(MIGRAINE).withUsage(300, 150);
      case "感冒" -> FakeReply.text(COLD).withUsage(280, 90);
      case "失眠" -> FakeReply.text(resample ? INSOMNIA : REFUSAL).withUsage(250, 40);
      case "口腔溃疡" -> FakeReply.truncated(ULCER).withUsage(250, 64);
      case "过敏性鼻炎" -> FakeReply.text(REFUSAL).withUsage(250, 20);
      case "湿疹" -> eczemaFails ? FakeReply.serverError(500)
          : FakeReply.text("问：湿疹有哪些症状？\n答：湿疹的症状包括皮肤瘙痒。").withUsage(250, 30);
      default -> throw new IllegalStateException("unexpected entity " + entity(r));
    };
  }
}
