package io.instruct4j.pipelines.report;

import io.instruct4j.core.io.AtomicFiles;
import io.instruct4j.core.io.JsonlWriter;
import io.instruct4j.core.record.DeadLetter;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.core.record.Provenance;
import io.instruct4j.core.record.Reject;
import io.instruct4j.core.record.Scores;
import io.instruct4j.filters.curate.ClusterLine;
import io.instruct4j.finetune.export.ExportReport;
import io.instruct4j.pipelines.common.Pretty;
import io.instruct4j.pipelines.curate.CurationReport;
import io.instruct4j.pipelines.curate.FilterCount;
import io.instruct4j.pipelines.curate.InputFileReport;
import io.instruct4j.pipelines.curate.StepReport;
import io.instruct4j.pipelines.run.LlmUsage;
import io.instruct4j.pipelines.run.RunState;
import io.instruct4j.pipelines.run.StageRecord;
import io.instruct4j.pipelines.selfinstruct.SelfInstructSummary;
import io.instruct4j.pipelines.selfkg.SelfKgSummary;
import io.instruct4j.pipelines.selfqa.SelfQaSummary;
import io.instruct4j.selfkg.kg.Triple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Run folders written by hand, file by file, in the shapes the stages write (the same records,
 * the same JSON writers). The numbers are those of the scripted pipeline test runs, so every
 * funnel adds up unless a test breaks it on purpose.
 */
final class ReportFixtures {

  static final String SCRIPT = "<script>alert('x')</script>";

  private ReportFixtures() {}

  // ---------------------------------------------------------------- Self-Instruct (English)

  static void selfInstructEnglish(Path run) {
    Path dir = mkdirs(run.resolve("self-instruct"));
    summary(dir, new SelfInstructSummary("self-instruct", "en", "fake-finance-7b", "DirectRunner", "target_reached",
        2, 0, 3, 0,
        new SelfInstructSummary.Bootstrap(2, 2, Map.of(), 14, sorted("blocklist", 1L, "leading_character", 1L,
            "length", 2L, "rouge_l", 2L, "truncated", 1L, "write_a_program", 1L), 6),
        new SelfInstructSummary.Classify(6, 5, 2, sorted("unparseable_classification", 1L), Map.of()),
        new SelfInstructSummary.Instances(5, 3, 5, sorted("instance_cleanup", 2L, "no_valid_instances", 1L),
            sorted("server_error", 1L)),
        llm("bootstrap", 2, 0, 1, 700, 180, "classify", 9, 0, 0, 3413, 35, "instances", 4, 0, 0, 2242, 141), 10.4));
    List<Example> instructions = List.of(
        instruction("Explain the difference between a Roth IRA and a traditional IRA.", 0.20),
        instruction("Explain how an overdraft fee works.", 0.45),
        instruction("Classify the following bank transaction as income or expense.", 0.22),
        instruction("Classify the given message as phishing or not phishing.", 0.38),
        instruction("List the main categories of a household budget.", 0.21),
        instruction("Rewrite the following sentence about loans in a formal tone.", 0.65));
    JsonlWriter.writeAll(dir.resolve("instructions.jsonl"), instructions);
    JsonlWriter.writeAll(dir.resolve("instances.jsonl"), List.of(
        example("Classify the following bank transaction as income or expense.", "Salary deposit of $3,000", "Income",
            Method.SELF_INSTRUCT, "en", Provenance.EMPTY),
        example("Classify the following bank transaction as income or expense.", "Grocery store purchase of $85.20",
            "Expense", Method.SELF_INSTRUCT, "en", Provenance.EMPTY),
        example("Explain the difference between a Roth IRA and a traditional IRA.", "",
            "A Roth IRA is funded with after-tax money.", Method.SELF_INSTRUCT, "en", Provenance.EMPTY),
        example("Classify the given message as phishing or not phishing.", "Your account is locked, click here.",
            "Phishing", Method.SELF_INSTRUCT, "en", Provenance.EMPTY),
        example("Classify the given message as phishing or not phishing.", "Your statement is ready in the app.",
            "Not phishing", Method.SELF_INSTRUCT, "en", Provenance.EMPTY)));
    List<Reject> rejects = new ArrayList<>();
    rejects.add(Reject.ofText("bootstrap", "blocklist", "contains blocklisted term 'image'", "Create an image of a budget."));
    rejects.add(Reject.ofText("bootstrap", "leading_character", "starts with 'Ü', not an ASCII letter", "Über-style apps"));
    rejects.add(Reject.ofText("bootstrap", "length", "3 words, fewer than 3", "Sort."));
    rejects.add(Reject.ofText("bootstrap", "length", "1 word, fewer than 3", "将以下金额换算。"));
    rejects.add(Reject.ofText("bootstrap", "rouge_l", "ROUGE-L 0.93 > 0.70 against fin_2", "Explain the difference..."));
    rejects.add(Reject.ofText("bootstrap", "rouge_l", "ROUGE-L 0.75 > 0.70 against ex-1", "Suggest three ways..."));
    rejects.add(Reject.ofText("bootstrap", "truncated", "the reply was cut at max_tokens", "Summarize the key points"));
    rejects.add(Reject.ofText("bootstrap", "write_a_program", "starts with 'Write a program'", "Write a program..."));
    rejects.add(Reject.ofText("classify", "unparseable_classification", "reply is neither Yes nor No", "Rewrite..."));
    rejects.add(Reject.ofText("instances", "instance_cleanup", "output repeats the input", "x"));
    rejects.add(Reject.ofText("instances", "instance_cleanup", "empty output", "y"));
    rejects.add(Reject.ofText("instances", "no_valid_instances", "every instance was dropped", "Suggest..."));
    JsonlWriter.writeAll(dir.resolve("rejects.jsonl"), rejects);
    JsonlWriter.writeAll(dir.resolve("dead-letters.jsonl"), List.of(
        new DeadLetter("instances", "{\"instruction\":\"List the main categories\"}", "server_error", "HTTP 500", 3)));
  }

  // ---------------------------------------------------------------- Self-Instruct (Chinese)

  static void selfInstructChinese(Path run) {
    Path dir = mkdirs(run.resolve("self-instruct"));
    summary(dir, new SelfInstructSummary("self-instruct", "zh", "fake-finance-7b", "DirectRunner", "target_reached",
        1, 0, 2, 0, new SelfInstructSummary.Bootstrap(1, 1, Map.of(), 6, sorted("rouge_l", 2L), 4),
        new SelfInstructSummary.Classify(4, 4, 1, Map.of(), Map.of()),
        new SelfInstructSummary.Instances(4, 4, 4, Map.of(), Map.of()),
        llm("bootstrap", 1, 0, 0, 300, 90, "classify", 4, 0, 0, 800, 8, "instances", 4, 0, 0, 900, 70), 3.2));
    JsonlWriter.writeAll(dir.resolve("instructions.jsonl"), List.of(
        instruction("解释什么是复利，并举一个简单的例子。", 0.62),
        instruction("解释信用卡的免息期是如何计算的。", 0.55),
        instruction("“判断”下面这笔交易属于收入还是支出。", 0.54),
        instruction("为刚工作的大学生制定一份每月预算建议。", 0.23)));
    JsonlWriter.writeAll(dir.resolve("rejects.jsonl"), List.of(
        Reject.ofText("bootstrap", "rouge_l", "ROUGE-L 0.76 > 0.70 against fin_zh_1", "判断下面的短信是否为诈骗信息。"),
        Reject.ofText("bootstrap", "rouge_l", "ROUGE-L 0.91 > 0.70 against ex-844a", "解释什么是复利。")));
  }

  // ---------------------------------------------------------------- Self-QA (English and Chinese documents)

  static void selfQa(Path run) {
    Path dir = mkdirs(run.resolve("self-qa"));
    summary(dir, new SelfQaSummary("self-qa", "auto", "fake-helios-7b", "DirectRunner",
        new SelfQaSummary.Documents(4, 3, sorted("empty_document", 1L),
            List.of(new SelfQaSummary.DocumentError("docs/empty.txt", "empty_document", "docs/empty.txt: is empty (0 bytes)")),
            sorted("en", 2L, "zh", 1L)),
        new SelfQaSummary.Chunks(7, 6, sorted("too_short", 1L)),
        new SelfQaSummary.Questions(6, 6, Map.of(), 12, sorted("duplicate", 1L, "refers_to_text", 2L), 9),
        new SelfQaSummary.Answers(9, 8, sorted("server_error", 1L), sorted("not_answerable", 1L, "unsupported", 1L), 6),
        true, llm("answers", 8, 1, 0, 1532, 118, "questions", 6, 0, 1, 1247, 221), 4.0));
    JsonlWriter.writeAll(dir.resolve("examples.jsonl"), List.of(
        qa("How much energy does the Helios H10 store?", "10 kWh.", "en", "doc-a", "doc-a#1"),
        qa("How much power can the Helios H10 deliver?", "5 kW continuously.", "en", "doc-a", "doc-a#1"),
        qa("How long is the warranty?", "Ten years.", "en", "doc-a", "doc-a#2"),
        qa("储能电池的工作温度范围是多少？", "零下十度到四十五度。", "zh", "doc-b", "doc-b#1"),
        qa("电池可以安装在室外吗？", "可以，但需避免阳光直射。", "zh", "doc-b", "doc-b#1"),
        qa("电池多久需要检查一次？", "每年一次。", "zh", "doc-b", "doc-b#3")));
    JsonlWriter.writeAll(dir.resolve("rejects.jsonl"), List.of(
        Reject.ofText("chunks", "too_short", "12 characters, fewer than 40", "Contents"),
        Reject.ofText("questions", "refers_to_text", "mentions 'the text'", "What does the text say?"),
        Reject.ofText("questions", "refers_to_text", "mentions '本文'", "本文讲了什么？"),
        Reject.ofText("questions", "duplicate", "the same question as before", "How long is the warranty?"),
        Reject.ofText("answers", "unsupported", "answer not supported by the chunk", "Twenty years."),
        Reject.ofText("answers", "not_answerable", "the model said it cannot answer", "I don't know.")));
    JsonlWriter.writeAll(dir.resolve("dead-letters.jsonl"), List.of(
        new DeadLetter("answers", "{\"question\":\"Q\"}", "server_error", "HTTP 500", 3)));
  }

  // ---------------------------------------------------------------- Self-KG (Chinese)

  static final Triple COLD_COUGH = Triple.of("感冒", "相关症状", "咳嗽", "clinic.tsv:1");
  static final Triple COLD_NOSE = Triple.of("感冒", "相关症状", "流涕", "clinic.tsv:2");
  static final Triple COLD_DEPT = Triple.of("感冒", "所属科室", "内科", "clinic.tsv:3");
  static final Triple MIGRAINE_DEPT = Triple.of("偏头痛", "所属科室", "神经内科", "clinic.tsv:4");
  static final Triple MIGRAINE_NAUSEA = Triple.of("偏头痛", "相关症状", "恶心", "clinic.tsv:5");
  static final Triple ECZEMA_DEPT = Triple.of("湿疹", "所属科室", "皮肤科", "clinic.tsv:6");

  static void selfKg(Path run) {
    Path dir = mkdirs(run.resolve("self-kg"));
    summary(dir, new SelfKgSummary("self-kg", "zh", "fake-med-7b", "DirectRunner", "both", 1,
        new SelfKgSummary.Read(1, 7, 0, Map.of(), 7, 1, 6),
        new SelfKgSummary.Groups(3, 0, 0),
        new SelfKgSummary.Template(4),
        new SelfKgSummary.Generate(3, 2, sorted("server_error", 1L), 2, 0, 3, Map.of()),
        new SelfKgSummary.Qa(7, sorted("answer_missing_facts", 2L, "duplicate", 1L, "unsupported_entity", 1L), 3),
        llm("generate", 3, 0, 0, 900, 200), 12.7));
    JsonlWriter.writeAll(dir.resolve("facts.jsonl"),
        List.of(COLD_COUGH, COLD_NOSE, COLD_DEPT, MIGRAINE_DEPT, MIGRAINE_NAUSEA, ECZEMA_DEPT));
    JsonlWriter.writeAll(dir.resolve("examples.jsonl"), List.of(
        kg("感冒会出现哪些症状？", "感冒的症状包括咳嗽和流涕。", COLD_COUGH, COLD_NOSE),
        kg("感冒会咳嗽吗？", "会，咳嗽是感冒的常见症状。", COLD_COUGH),
        kg("偏头痛患者应该去哪个科室就诊？", "偏头痛患者可以到神经内科就诊。", MIGRAINE_DEPT)));
    JsonlWriter.writeAll(dir.resolve("rejects.jsonl"), List.of(
        Reject.ofText("read", "duplicate_triple", "the same fact was read before", "感冒 | 相关症状 | 咳嗽"),
        Reject.ofText("validate", "answer_missing_facts", "the answer names none of the facts", "湿疹"),
        Reject.ofText("validate", "answer_missing_facts", "the answer names none of the facts", "感冒"),
        Reject.ofText("validate", "unsupported_entity", "names an entity not in the graph", "流感"),
        Reject.ofText("dedup", "duplicate", "the same question as ex-1", "感冒会出现哪些症状？")));
    JsonlWriter.writeAll(dir.resolve("dead-letters.jsonl"), List.of(
        new DeadLetter("generate", "{\"entity\":\"湿疹\"}", "server_error", "HTTP 500", 3)));
  }

  // ---------------------------------------------------------------- Curate, export, run state

  static void curate(Path run) {
    Path dir = mkdirs(run.resolve("curate"));
    CurationReport report = new CurationReport("en", "DirectRunner",
        List.of(new InputFileReport("self-instruct/instances.jsonl", "instruct4j examples (JSONL)", 5, 5, 0),
            new InputFileReport("self-qa/examples.jsonl", "instruct4j examples (JSONL)", 6, 6, 0),
            new InputFileReport("self-kg/examples.jsonl", "instruct4j examples (JSONL)", 3, 3, 0)),
        Map.of(), 14,
        List.of(new StepReport("quality", 14, 2, 12,
                List.of(new FilterCount("min_length", 1), new FilterCount("blocklist", 0),
                    new FilterCount("repeated_ngrams", 1)), null),
            new StepReport("exact_duplicate", 12, 1, 11, null, 1L),
            new StepReport("near_duplicate", 11, 3, 8, null, 2L)),
        List.of("semantic_duplicate"), 8, 1.2, 11.7);
    AtomicFiles.writeString(dir.resolve("curation-report.json"), Pretty.json(report) + "\n");
    JsonlWriter.writeAll(dir.resolve("clusters.jsonl"), List.of(
        new ClusterLine("exact_duplicate", "exact_duplicate-1", "ex-a", List.of("ex-a", "ex-a"),
            List.of("a.jsonl:1", "b.jsonl:1"), 2, 1.0),
        new ClusterLine("near_duplicate", "near_duplicate-1", "ex-b", List.of("ex-b", "ex-c", "ex-d"),
            List.of("a.jsonl:2", "a.jsonl:3", "b.jsonl:4"), 3, 0.81),
        new ClusterLine("near_duplicate", "near_duplicate-2", "ex-e", List.of("ex-e", "ex-f"),
            List.of("a.jsonl:5", "b.jsonl:6"), 2, 0.9)));
    JsonlWriter.writeAll(dir.resolve("examples.jsonl"), List.of(
        example("Summarise this HTML snippet.", SCRIPT, "It shows an alert box.", Method.SELF_INSTRUCT, "en", Provenance.EMPTY),
        example("Classify the following bank transaction as income or expense.", "Salary deposit of $3,000", "Income",
            Method.SELF_INSTRUCT, "en", Provenance.EMPTY),
        qa("How much energy does the Helios H10 store?", "10 kWh.", "en", "doc-a", "doc-a#1"),
        qa("储能电池的工作温度范围是多少？", "零下十度到四十五度。", "zh", "doc-b", "doc-b#1"),
        kg("感冒会出现哪些症状？", "感冒的症状包括咳嗽和流涕。", COLD_COUGH, COLD_NOSE),
        kg("偏头痛患者应该去哪个科室就诊？", "偏头痛患者可以到神经内科就诊。", MIGRAINE_DEPT),
        qa("How long is the warranty?", "Ten years.", "en", "doc-a", "doc-a#2"),
        qa("电池多久需要检查一次？", "每年一次。", "zh", "doc-b", "doc-b#3")));
    List<Reject> rejects = new ArrayList<>();
    rejects.add(Reject.ofText("curate", "min_length", "output has 1 character, fewer than 2", "Q"));
    rejects.add(Reject.ofText("curate", "repeated_ngrams", "repeated 3-gram ratio 0.62 > 0.30", "la la la"));
    rejects.add(Reject.ofText("curate", "exact_duplicate", "the same as ex-a | " + SCRIPT, "dup").withDuplicateOf("ex-a"));
    for (int i = 0; i < 3; i++) {
      rejects.add(Reject.ofText("curate", "near_duplicate", "Jaccard 0.81 >= 0.80 with ex-b", "near " + i));
    }
    JsonlWriter.writeAll(dir.resolve("rejects.jsonl"), rejects);
  }

  static void export(Path run) {
    Path dir = mkdirs(run.resolve("export"));
    Map<String, ExportReport.SplitCounts> byMethod = new LinkedHashMap<>();
    byMethod.put("self-instruct", new ExportReport.SplitCounts(2, 0));
    byMethod.put("self-kg", new ExportReport.SplitCounts(2, 0));
    byMethod.put("self-qa", new ExportReport.SplitCounts(3, 1));
    ExportReport report = new ExportReport("curate/examples.jsonl", "export", 8, 7, 1, 0.1, 42, byMethod,
        List.of(new ExportReport.ExportedFile("alpaca", "train", "alpaca_train.json", 7, "instruct4j_alpaca_train"),
            new ExportReport.ExportedFile("alpaca", "validation", "alpaca_validation.json", 1,
                "instruct4j_alpaca_validation")),
        "dataset_info.json", List.of("7 training examples: OpenAI fine-tuning needs at least 10"));
    AtomicFiles.writeString(dir.resolve("export-report.json"), Pretty.json(report) + "\n");
  }

  static void runState(Path run) {
    Map<String, StageRecord> stages = new LinkedHashMap<>();
    stages.put("self_instruct", new StageRecord("done", "a1b2c3d4e5f60718293a", "c", "i", "2026-01-01T10:00:00Z",
        "2026-01-01T10:00:12Z", 12.5, 3L, 3L, new LlmUsage(15, 0, 1, 1, 6355, 356), Map.of(), null));
    stages.put("train", new StageRecord("failed", "ffff00001111222233334444", "c", "i", "2026-01-01T10:01:00Z",
        "2026-01-01T10:01:01Z", 0.4, 5L, 0L, LlmUsage.NONE, Map.of(), "train.model_dir is not set"));
    AtomicFiles.writeString(run.resolve("run-state.json"), Pretty.json(new RunState(RunState.VERSION, "demo", stages)) + "\n");
  }

  // ---------------------------------------------------------------- helpers

  static Example instruction(String text, double maxRougeL) {
    return Example.of(text, "", "", Method.SELF_INSTRUCT, "zh".equals(lang(text)) ? "zh" : "en")
        .withScores(new Scores(maxRougeL, maxRougeL / 2, List.of(), Map.of()));
  }

  static Example example(String instruction, String input, String output, Method method, String language, Provenance p) {
    return Example.of(instruction, input, output, method, language).withProvenance(p);
  }

  static Example qa(String question, String answer, String language, String document, String chunk) {
    return example(question, "", answer, Method.SELF_QA, language,
        Provenance.EMPTY.withSource(document, "docs/" + document + ".md", chunk, 0, 100));
  }

  static Example kg(String question, String answer, Triple... facts) {
    return example(question, "", answer, Method.SELF_KG, "zh",
        Provenance.EMPTY.withKgTriples(java.util.Arrays.stream(facts).map(Triple::id).toList()));
  }

  private static String lang(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en";
  }

  /** A key-ordered count map, as our JSON writer would order it. */
  static Map<String, Long> sorted(Object... keyValues) {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      out.put((String) keyValues[i], (Long) keyValues[i + 1]);
    }
    return out;
  }

  /** step, calls, cache hits, retries, prompt tokens, completion tokens; repeated. */
  static Map<String, Map<String, Long>> llm(Object... rows) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (int i = 0; i < rows.length; i += 6) {
      Map<String, Long> row = new LinkedHashMap<>();
      row.put("calls", ((Integer) rows[i + 1]).longValue());
      row.put("cache_hits", ((Integer) rows[i + 2]).longValue());
      row.put("retries", ((Integer) rows[i + 3]).longValue());
      row.put("failures", 0L);
      row.put("truncated", 0L);
      row.put("prompt_tokens", ((Integer) rows[i + 4]).longValue());
      row.put("completion_tokens", ((Integer) rows[i + 5]).longValue());
      row.put("cached_tokens", 0L);
      out.put((String) rows[i], row);
    }
    return out;
  }

  static void summary(Path dir, Object summary) {
    AtomicFiles.writeString(dir.resolve("summary.json"), Pretty.json(summary) + "\n");
  }

  static Path mkdirs(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
