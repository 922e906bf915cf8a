package io.instruct4j.pipelines.selfinstruct;

import java.io.PrintWriter;
import java.util.Locale;

/** One line per round: where the run stands against its target, the rate, and an ETA. */
final class RoundProgress {

  private final PrintWriter out;
  private final int target;
  private final int maxRounds;
  private final long started = System.nanoTime();
  private long roundStarted;
  private int roundsRun;

  RoundProgress(PrintWriter out, int target, int maxRounds) {
    this.out = out;
    this.target = target;
    this.maxRounds = maxRounds;
  }

  void starting(int round, int prompts) {
    roundStarted = System.nanoTime();
    out.printf(Locale.ROOT, "self-instruct: round %d/%d: %d bootstrap prompts...%n", round, maxRounds, prompts);
    out.flush();
  }

  void finished(int round, int added, int total, boolean fromDisk) {
    if (fromDisk) {
      out.printf(Locale.ROOT, "self-instruct: round %d/%d already done: +%d instructions (%d/%d accepted)%n",
          round, maxRounds, added, total, target);
    } else {
      roundsRun++;
      double roundSeconds = (System.nanoTime() - roundStarted) / 1e9;
      double elapsed = (System.nanoTime() - started) / 1e9;
      double perSecond = total == 0 ? 0 : added / Math.max(roundSeconds, 1e-3);
      String eta = perSecond <= 0 || total >= target ? "-"
          : String.format(Locale.ROOT, "%.0f s", (target - total) / perSecond);
      out.printf(Locale.ROOT,
          "self-instruct: round %d/%d done in %.1f s: +%d instructions (%d/%d accepted, %.2f/s, ETA %s, %d rounds in %.0f s)%n",
          round, maxRounds, roundSeconds, added, total, target, perSecond, eta, roundsRun, elapsed);
    }
    out.flush();
  }
}
