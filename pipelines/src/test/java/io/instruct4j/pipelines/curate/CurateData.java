package io.instruct4j.pipelines.curate;

import io.instruct4j.core.io.Json;
import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Method;
import io.instruct4j.cli.ConfigLoader;
import io.instruct4j.pipelines.RootConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small handmade corpus in the three input formats, English and Chinese, with exact duplicates
 * that differ only in case, whitespace and width, near duplicates, and rows that fail quality.
 * Positions (input order) are given in the comments.
 */
final class CurateData {

  static final String GUIDE = "Write a detailed guide that explains how a small team can plan build test and ship"
      + " a mobile application on time while keeping costs low and every single user happy";
  static final String GUIDE_RELEASE = GUIDE.replace("test and ship", "test release ship");
  static final String GUIDE_ANSWER = "Agree on the scope first, then plan short iterations, test on real devices and"
      + " release to a small group before everyone.";
  static final String SPRING = "请写一篇关于春天的短文描述公园里盛开的花朵和草地上玩耍的孩子";
  static final String SPRING_CHANGED = "请写一篇关于春天的短文描述公园中盛开的花朵和草地上玩耍的孩子";
  static final String SPRING_ANSWER = "春天来了，公园里开满了鲜花，孩子们在草地上奔跑嬉戏。";

  // records.jsonl, our own records
  static final Example FRENCH = en("Translate 'good morning' into French.", "", "Bonjour."); // 0, kept
  static final Example TEA = zh("把下面的句子翻译成英文。", "今天天气很好。", "The weather is nice today."); // 1, kept
  static final Example GUIDE_EX = en(GUIDE, "", GUIDE_ANSWER); // 2, kept
  static final Example EMPTY = en("Name the capital of Japan.", "", ""); // 3, empty_output
  static final Example ECHO = zh("重复下面的句子。", "我喜欢喝茶。", "我喜欢喝茶。"); // 4, output_equals_input
  static final Example SHORT = en("Hi", "", "Hello! How can I help?"); // 5, instruction_length
  static final Example SPRING_EX = zh(SPRING, "", SPRING_ANSWER); // 6, kept

  // seeds.jsonl, Self-Instruct seed tasks: line 1 gives position 7, line 2 gives 8 and 9
  static final String SEEDS = """
      {"id": "seed_task_0", "name": "greeting", "instruction": "  TRANSLATE 'good   morning' into French. ", "instances": [{"input": "", "output": "bonjour"}], "is_classification": false}
      {"id": "seed_task_1", "name": "sentiment", "instruction": "Classify the sentiment of the review as positive or negative.", "instances": [{"input": "The food was great.", "output": "positive"}, {"input": "Service was slow and rude.", "output": "negative"}], "is_classification": true}
      """;

  // alpaca.json, one element per line so each has its own line number: positions 10 to 14
  static final String ALPACA = "[\n"
      + "{\"instruction\": \"Ｔｒａｎｓｌａｔｅ 'good morning' into French．\", \"input\": \"\", \"output\": \"Bonjour.\"},\n"
      + "{\"instruction\": \"" + GUIDE_RELEASE + "\", \"input\": \"\", \"output\": \"" + GUIDE_ANSWER + "\"},\n"
      + "{\"instruction\": \"把下面的句子翻译成英文.\", \"input\": \"今天天气 很好 .\", \"output\": \"The weather is nice today\"},\n"
      + "{\"instruction\": \"" + SPRING_CHANGED + "\", \"input\": \"\", \"output\": \"" + SPRING_ANSWER + "\"},\n"
      + "{\"instruction\": \"Name the capital of Japan.\", \"input\": \"\", \"output\": \"Tokyo.\"}\n"
      + "]\n";

  private CurateData() {}

  static Example en(String instruction, String input, String output) {
    return Example.of(instruction, input, output, Method.SELF_INSTRUCT, "en");
  }

  static Example zh(String instruction, String input, String output) {
    return Example.of(instruction, input, output, Method.SELF_QA, "zh");
  }

  /** Writes records.jsonl, seeds.jsonl and alpaca.json into {@code dir}; returns them in that order. */
  static List<Path> write(Path dir) throws IOException {
    StringBuilder records = new StringBuilder();
    for (Example e : List.of(FRENCH, TEA, GUIDE_EX, EMPTY, ECHO, SHORT, SPRING_EX)) {
      records.append(Json.toLine(e)).append('\n');
    }
    return List.of(Files.writeString(dir.resolve("records.jsonl"), records),
        Files.writeString(dir.resolve("seeds.jsonl"), SEEDS),
        Files.writeString(dir.resolve("alpaca.json"), ALPACA));
  }

  /**
   * The run's config, built as the CLI builds it (so it stays valid when sections are added):
   * defaults plus an instruction length bound, the runner, the bad-record policy and {@code extra}
   * overrides such as {@code curate.near_duplicate.enabled=false}.
   */
  static RootConfig config(String runner, String badRecords, String... extra) {
    List<String> overrides = new ArrayList<>(List.of("runner.name=" + runner, "bad_records=" + badRecords,
        "curate.quality.instruction_length={min_tokens: 3}"));
    overrides.addAll(List.of(extra));
    return ConfigLoader.load(null, overrides);
  }

  static PrintWriter quiet() {
    return new PrintWriter(new StringWriter());
  }
}
