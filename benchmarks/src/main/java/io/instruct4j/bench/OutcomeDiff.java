package io.instruct4j.bench;

import io.instruct4j.core.record.Example;
import io.instruct4j.core.record.Reject;
import io.instruct4j.filters.rouge.RougeFilterResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How two runs of the ROUGE-L filter over the same candidates differ, candidate by candidate:
 * a different decision; for accepted candidates a different max score; anything else that
 * differs (mean, most similar list, the reject's reason or duplicate).
 */
record OutcomeDiff(int candidates, int decisions, int maxScores, int other) {

  static OutcomeDiff of(List<Example> candidates, RougeFilterResult expected, RougeFilterResult actual) {
    Map<String, Object> want = byId(expected);
    Map<String, Object> got = byId(actual);
    int decisions = 0;
    int maxScores = 0;
    int other = 0;
    for (Example candidate : candidates) {
      Object e = want.get(candidate.id());
      Object a = got.get(candidate.id());
      if (e == null || a == null) {
        throw new IllegalStateException("candidate " + candidate.id() + " is missing from a result");
      }
      if ((e instanceof Example) != (a instanceof Example)) {
        decisions++;
      } else if (e instanceof Example ex && a instanceof Example ax
          && Double.compare(ex.scores().maxRougeL(), ax.scores().maxRougeL()) != 0) {
        maxScores++;
      } else if (!e.equals(a)) {
        other++;
      }
    }
    return new OutcomeDiff(candidates.size(), decisions, maxScores, other);
  }

  boolean identical() {
    return decisions == 0 && maxScores == 0 && other == 0;
  }

  /** "yes" or the counts of what differs. */
  String summary() {
    return identical() ? "yes" : "NO: " + decisions + " decisions, " + maxScores + " max scores, "
        + other + " other";
  }

  private static Map<String, Object> byId(RougeFilterResult result) {
    Map<String, Object> out = new HashMap<>();
    for (Example accepted : result.accepted()) {
      out.put(accepted.id(), accepted);
    }
    for (Reject rejected : result.rejected()) {
      out.put(rejected.example().id(), rejected);
    }
    return out;
  }
}
