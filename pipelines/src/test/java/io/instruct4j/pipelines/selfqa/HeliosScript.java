package io.instruct4j.pipelines.selfqa;

import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReply;
import io.instruct4j.testkit.FakeRequest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A scripted model for Self-QA over {@link HeliosDocs}. Every reply is a function of the prompt
 * alone (never of arrival order), so concurrent, resumed and Flink runs see the same replies. The
 * replies use the styles real models write (numbered lists with chatter, Q:/A: pairs, 问：/答：)
 * and trip every filter once.
 */
public final class HeliosScript {

  static final String GAS_METER = "储能设备与燃气表的距离至少是多少？";

  /** Answers by question; the gas-meter question is absent: the server fails it (or answers, once fixed). */
  static final Map<String, String> ANSWERS = Map.of(
      "How much usable energy does the Helios H10 store?", "The Helios H10 stores 10 kWh of usable energy.",
      "How much power can the Helios H10 deliver continuously?",
      "Sure, here is the answer:\nAnswer: The Helios H10 delivers 5 kW continuously.\n\nI hope this helps!",
      "How should the Helios H10 be mounted?",
      "According to the passage, it should be mounted upright on a solid wall.",
      "How much clear space does the Helios H10 need above it?",
      "It needs about one metre of free space and a dedicated fan.",
      "家用储能系统的额定容量上限是多少？", "答：家用储能系统的额定容量不得超过二十千瓦时。",
      "How long must the START button on the Helios H10 be pressed to switch it on?",
      "Press and hold the START button for three seconds.",
      "What colour does the Helios H10 status light turn when the battery is ready?", "NOT ANSWERABLE",
      "How long is the Helios H10 warranty?", "The Helios H10 warranty lasts ten years.",
      "What capacity does the Helios H10 keep after ten years?",
      "It keeps at least 70 percent of its capacity after ten years.");

  private HeliosScript() {}

  /**
   * Installs the script.
   *
   * @param rateLimitFirst answer the first request of the run with a 429 first
   * @param gasMeterFails whether the answer call for {@link #GAS_METER} always fails with a 500
   */
  public static void install(FakeOpenAiServer server, boolean rateLimitFirst, boolean gasMeterFails) {
    AtomicBoolean limited = new AtomicBoolean(!rateLimitFirst);
    server.when(r -> !limited.getAndSet(true), FakeReply.rateLimited(1));
    server.when(r -> r.lastUserMessage().contains("write 3 questions") || r.lastUserMessage().contains("提出 3 个"),
        HeliosScript::questions);
    server.when(r -> r.lastUserMessage().contains("\nQuestion: "), r -> answer(between(r, "\nQuestion: ", "\nAnswer:")));
    server.when(r -> r.lastUserMessage().contains("\n问题："), r -> {
      String q = between(r, "\n问题：", "\n回答：");
      return q.equals(GAS_METER) && gasMeterFails ? FakeReply.serverError(500)
          : q.equals(GAS_METER) ? FakeReply.text("储能设备与燃气表的距离不得小于一米。") : answer(q);
    });
  }

  private static FakeReply questions(FakeRequest r) {
    String prompt = r.lastUserMessage();
    if (prompt.contains("Source: Helios H10 Home Battery Manual › Capacity and power")) {
      return FakeReply.text("""
          Sure! Here are 3 questions based on the passage:

          1. How much usable energy does the Helios H10 store?
          2. What does the passage say about peak power?
          3. How much power can the Helios H10 deliver continuously?
          4. What is the Helios H10?

          Let me know if you need more.""");
    }
    if (prompt.contains("Source: Helios H10 Home Battery Manual › Installation")) {
      return FakeReply.text("""
          Q1: How should the Helios H10 be mounted?
          A1: Upright on a solid wall.
          Q2: How much clear space does the Helios H10 need above it?
          A2: 30 cm.
          Q3: Why?""");
    }
    if (prompt.contains("第一条 家用储能系统")) {
      return FakeReply.text("好的，以下是问题：\n问：家用储能系统的额定容量上限是多少？\n答：二十千瓦时。\n"
          + "问：根据上文，安装储能系统前应当向谁报告？\n问：" + GAS_METER);
    }
    if (prompt.contains("Source: Helios H10 Quick Start › Switching on")) {
      return FakeReply.text("""
          1. How long must the START button on the Helios H10 be pressed to switch it on?
          2. How much usable energy does the Helios H10 store?
          3. What colour does the Helios H10 status light turn when the battery is ready?""");
    }
    if (prompt.contains("covered by a warranty of ten years")) {
      return FakeReply.truncated("1. How long is the Helios H10 warranty?\n"
          + "2. What capacity does the Helios H10 keep after ten years?\n3. Who pays for the");
    }
    if (prompt.contains("capacity_kwh: 10")) {
      return FakeReply.text("I'm sorry, I cannot write questions about a table.");
    }
    throw new IllegalStateException("HeliosScript has no questions for this prompt:\n" + prompt);
  }

  private static FakeReply answer(String question) {
    String reply = ANSWERS.get(question);
    if (reply == null) {
      throw new IllegalStateException("HeliosScript has no answer for: " + question);
    }
    return FakeReply.text(reply);
  }

  private static String between(FakeRequest r, String start, String end) {
    String prompt = r.lastUserMessage();
    int at = prompt.lastIndexOf(start) + start.length();
    return prompt.substring(at, prompt.indexOf(end, at));
  }
}
