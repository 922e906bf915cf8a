package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.RootConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run --dry-run}: every check a start makes before paying, and the plan, without calling
 * the model or writing a file. Every selected stage is checked, even one that would be skipped,
 * and every problem is listed, not only the first. An endpoint that does not answer is a warning
 * here (plan offline, start the server later); the real start refuses to begin without it.
 */
public final class DryRun {

  private DryRun() {}

  public static DryRunReport check(RootConfig config, RunOptions options, String fallbackName) {
    return check(config, options, fallbackName, EndpointCheck.standard());
  }

  static DryRunReport check(RootConfig config, RunOptions options, String fallbackName, EndpointCheck endpoint) {
    RunSetup setup = RunSetup.prepare(config, options, fallbackName);
    Map<Stage, StageEstimate> estimates = new EnumMap<>(Stage.class);
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    for (Decision d : setup.decisions().values()) {
      try {
        estimates.put(d.stage(), Estimators.estimate(d.stage(), setup.config(), setup.plan().generators()));
      } catch (RuntimeException e) {
        errors.put(d.stage().key(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
    }
    if (setup.needsModel()) {
      try {
        EndpointCheck.Result result = endpoint.probe(setup.config().llm().validated());
        if (!result.confirmed()) {
          warnings.add(result.message());
        }
      } catch (IllegalArgumentException e) {
        errors.put("llm", e.getMessage());
      }
    }
    return new DryRunReport(setup.plan().name(), setup.plan().runDir().toString(),
        List.copyOf(setup.decisions().values()), estimates, errors, warnings);
  }
}
