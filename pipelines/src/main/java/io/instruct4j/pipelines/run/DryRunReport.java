package io.instruct4j.pipelines.run;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code run --dry-run} found: per stage whether it would run and why, what it would read
 * and the model calls it plans; the problems that would stop the run ({@code errors}) and the
 * ones that might ({@code warnings}).
 *
 * @param name the run's name
 * @param runDir the run folder
 * @param decisions each selected stage's decision, in run order
 * @param estimates each selected stage's plan, for the stages whose check passed
 * @param errors stage key (or {@code llm}) → what is wrong
 * @param warnings what might go wrong (an unreachable endpoint, a model the endpoint does not list)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DryRunReport(String name, String runDir, List<Decision> decisions, Map<Stage, StageEstimate> estimates,
    Map<String, String> errors, List<String> warnings) {

  public DryRunReport {
    decisions = List.copyOf(decisions);
    estimates = Map.copyOf(estimates);
    errors = Map.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  /** The calls of the stages that would run: exact or an upper bound (see {@link #exact()}). */
  public long calls() {
    return running().mapToLong(StageEstimate::calls).sum();
  }

  public boolean exact() {
    return running().allMatch(StageEstimate::exact);
  }

  private java.util.stream.Stream<StageEstimate> running() {
    return decisions.stream().filter(Decision::run).map(d -> estimates.get(d.stage())).filter(e -> e != null);
  }

  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("Dry run of ").append(name).append(" in ").append(runDir)
        .append(": no model was called and nothing was written.\n");
    b.append(String.format(Locale.ROOT, "  %-22s %-5s %-22s %-18s %10s %14s %16s%n", "stage", "plan", "why", "reads",
        "calls", "prompt tokens", "max completion"));
    for (Decision d : decisions) {
      StageEstimate e = estimates.get(d.stage());
      String reads = e == null ? "(check failed)" : e.inputs() < 0 ? "-" : e.inputs() + " " + e.inputUnit();
      String calls = e == null || e.steps().isEmpty() ? "-" : count(e.calls(), e.exact());
      b.append(String.format(Locale.ROOT, "  %-22s %-5s %-22s %-18s %10s %14s %16s%n", d.stage().key(),
          d.run() ? "run" : "skip", shorten(d.reason(), 22), reads, calls,
          e == null || e.steps().isEmpty() ? "-" : "~" + e.promptTokens(),
          e == null || e.steps().isEmpty() ? "-" : String.valueOf(e.maxCompletionTokens())));
      if (e != null && e.steps().size() > 1) {
        for (CallEstimate s : e.steps()) {
          b.append(String.format(Locale.ROOT, "    %-20s %-5s %-22s %-18s %10s %14s %16s%n", s.step(), "", "", "",
              count(s.calls(), s.exact()), "~" + s.promptTokens(), s.maxCompletionTokens()));
        }
      }
    }
    long prompt = running().mapToLong(StageEstimate::promptTokens).sum();
    long completion = running().mapToLong(StageEstimate::maxCompletionTokens).sum();
    b.append(String.format(Locale.ROOT, "  %-22s %-5s %-22s %-18s %10s %14s %16s%n", "total (stages to run)", "", "",
        "", count(calls(), exact()), "~" + prompt, completion));
    b.append("  (≤ marks an upper bound: how many items survive each filter depends on the replies)\n");
    for (Decision d : decisions) {
      StageEstimate e = estimates.get(d.stage());
      if (e != null) {
        e.notes().forEach(n -> b.append("  ").append(d.stage().key()).append(": ").append(n).append('\n'));
      }
    }
    warnings.forEach(w -> b.append("  warning: ").append(w).append('\n'));
    errors.forEach((where, what) -> b.append("  error: ").append(where).append(": ").append(what).append('\n'));
    b.append(ok() ? "  The config and inputs are valid." : "  Fix the errors above before running.");
    return b.toString();
  }

  private static String count(long n, boolean exact) {
    return exact ? String.valueOf(n) : "≤ " + n;
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
