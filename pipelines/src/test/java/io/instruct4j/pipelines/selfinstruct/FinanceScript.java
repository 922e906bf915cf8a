package io.instruct4j.pipelines.selfinstruct;

import io.instruct4j.testkit.FakeOpenAiServer;
import io.instruct4j.testkit.FakeReply;
import io.instruct4j.testkit.FakeRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A scripted model for a two-round Self-Instruct run in the personal-finance domain. Every reply
 * is a function of the prompt alone (never of arrival order), so concurrent, resumed and Flink
 * runs see the same replies. The bootstrap reply is chosen by which earlier reply's tasks the
 * prompt already shows, which is how the script knows the round.
 */
public final class FinanceScript {

  public static final List<String> SEEDS = List.of(
      "{\"id\": \"fin_0\", \"name\": \"savings_goal\", \"instruction\": \"How much should I save each month to reach a goal?\", \"instances\": [{\"input\": \"Goal: $1,200 in 12 months\", \"output\": \"$100 per month.\"}], \"is_classification\": false}",
      "{\"id\": \"fin_1\", \"name\": \"expense_category\", \"instruction\": \"Categorize the expense into housing, food, transport or other.\", \"instances\": [{\"input\": \"Monthly bus pass\", \"output\": \"transport\"}], \"is_classification\": true}",
      "{\"id\": \"fin_2\", \"name\": \"explain_apr\", \"instruction\": \"Explain what APR means on a credit card statement.\", \"instances\": [{\"input\": \"\", \"output\": \"APR is the yearly interest rate charged on balances you carry.\"}], \"is_classification\": false}");

  /** Round 1: a preamble, four usable tasks, one near-duplicate, the paper's rejects and a cut-off last item. */
  static final String ROUND_1 = """
      Sure, here are some new tasks:

      3. Explain the difference between a Roth IRA and a traditional IRA.
      4) Classify the following bank transaction as income or expense.
      5、Create an image that shows a monthly budget.
      **6.** Suggest three ways to reduce grocery spending.
      7. Sort.
      8. Explain the difference between a Roth IRA and a traditional IRA account.
      9. Write a program that computes compound interest.
      10. List the main categories of a household budget.
      11. Summarize the key points of the following article about""";

  /** Round 2: an exact repeat of a pool task, Chinese text in an English run (one "word": too short), a non-ASCII start, two new tasks. */
  static final String ROUND_2 = """
      11. Suggest three ways to reduce grocery spending.
      12. 将以下金额从美元换算成人民币。
      13. Über-style budgeting apps: explain how an overdraft fee works for students.
      14. Identify whether the given message is a phishing attempt.
      15. Rewrite the following sentence about loans in a formal tone.
      """;

  private FinanceScript() {}

  /** Installs the script; the first request of the run is answered with a 429 first. */
  public static void install(FakeOpenAiServer server) {
    AtomicBoolean limited = new AtomicBoolean();
    server.when(r -> !limited.getAndSet(true), FakeReply.rateLimited(1));
    server.when(FakeRequest.lastUserMessageContains("Come up with a series of tasks"),
        r -> r.lastUserMessage().contains("reduce grocery spending")
            ? FakeReply.text(ROUND_2).withUsage(400, 60)
            : FakeReply.truncated(ROUND_1).withUsage(300, 120));
    server.when(FakeRequest.lastUserMessageContains("Is it classification?"), FinanceScript::classify);
    server.when(r -> r.lastUserMessage().contains("Write up to"), FinanceScript::instances);
  }

  private static String task(FakeRequest r) {
    String prompt = r.lastUserMessage();
    int at = prompt.lastIndexOf("Task: ");
    return prompt.substring(at + 6, prompt.indexOf('\n', at));
  }

  private static FakeReply classify(FakeRequest r) {
    String task = task(r);
    boolean greedy = r.param("temperature") != null && r.param("temperature").asDouble() == 0.0;
    if (task.startsWith("Classify the following bank")) {
      return FakeReply.text("Yes");
    }
    if (task.startsWith("Identify whether")) {
      // Unreadable when greedy; the resample (at the bootstrap temperature) answers properly.
      return FakeReply.text(greedy ? "It depends on the message." : "Yes, it is.");
    }
    if (task.startsWith("Rewrite")) {
      return FakeReply.text("I am not sure what you mean.");
    }
    return FakeReply.text("No");
  }

  private static FakeReply instances(FakeRequest r) {
    String task = task(r);
    if (task.startsWith("Explain the difference")) {
      return FakeReply.text("Example 1\nOutput: A Roth IRA is funded with after-tax money and grows tax-free; "
          + "a traditional IRA is funded with pre-tax money and taxed on withdrawal.");
    }
    if (task.startsWith("Classify the following bank")) {
      return FakeReply.text("Class label: Income\nInput: Salary deposit of $3,000\n\n"
          + "Class label: Expense\nInput: Grocery store purchase of $85.20");
    }
    if (task.startsWith("Suggest three ways")) {
      return FakeReply.text("Example 1\nInput: A family of four\nOutput: Buy store brands.\n\n"
          + "Example 2\nInput: A family of four\nOutput: Plan meals for the week.");
    }
    if (task.startsWith("Identify whether")) {
      return FakeReply.text("Class label: Phishing\nInput: Your account is locked, click here to verify your password.\n\n"
          + "Class label: Not phishing\nInput: Your monthly statement is ready in the app.");
    }
    // "List the main categories ..." always fails: it must end as a dead letter.
    return FakeReply.serverError(500);
  }
}
