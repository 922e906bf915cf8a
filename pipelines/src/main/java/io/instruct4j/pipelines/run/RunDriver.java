package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.RootConfig;
import io.instruct4j.pipelines.common.StageFiles;
import io.instruct4j.pipelines.progress.ProgressLine;
import io.instruct4j.pipelines.progress.ProgressTicker;
import io.instruct4j.pipelines.progress.Terminal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One start of a run, inside the locked run folder: print the plan, check every stage that will
 * run (inputs parsed, endpoint reachable) before anything is paid for, then run the stages in
 * order, recording each start and end in {@code run-state.json}.
 */
final class RunDriver {

  private final RunSetup setup;
  private final Terminal terminal;
  private final long started;
  private final Path runDir;
  private final List<StageReport> reports = new ArrayList<>();
  private RunState state;

  RunDriver(RunSetup setup, Terminal terminal, long started) {
    this.setup = setup;
    this.terminal = terminal;
    this.started = started;
    this.runDir = setup.plan().runDir();
    this.state = setup.state();
  }

  RunSummary run() {
    RunPlan plan = setup.plan();
    terminal.line("run " + plan.name() + " in " + runDir + ": " + Stage.names(plan.stages()));
    for (Decision d : setup.decisions().values()) {
      terminal.line(String.format(Locale.ROOT, "  %-14s %s (%s)", d.stage().key(), d.run() ? "run" : "skip",
          d.reason()));
    }
    Map<Stage, StageEstimate> estimates = checkBeforePaying();
    for (Stage stage : plan.stages()) {
      Decision d = setup.decisions().get(stage);
      if (d == null) {
        reports.add(StageReport.notRun(stage));
      } else if (!d.run()) {
        reports.add(StageReport.skipped(d, state.get(stage)));
      } else {
        runStage(d, estimates.get(stage));
      }
    }
    String report = RunReports.write(runDir, terminal);
    return summary(report);
  }

  /** Every stage that runs parses its inputs now, and the endpoint must answer, before the first paid call. */
  private Map<Stage, StageEstimate> checkBeforePaying() {
    Map<Stage, StageEstimate> out = new EnumMap<>(Stage.class);
    for (Decision d : setup.decisions().values()) {
      if (d.run()) {
        out.put(d.stage(), Estimators.estimate(d.stage(), setup.config(), setup.plan().generators()));
      }
    }
    if (setup.needsModel()) {
      EndpointCheck.Result endpoint = EndpointCheck.standard().probe(setup.config().llm().validated());
      if (!endpoint.ok()) {
        throw new RunFailedException("cannot start: " + endpoint.message(), null, null);
      }
      terminal.line((endpoint.confirmed() ? "  " : "warning: ") + endpoint.message());
    }
    return out;
  }

  private void runStage(Decision d, StageEstimate estimate) {
    Stage stage = d.stage();
    Path dir = setup.plan().dir(stage);
    if (d.fresh()) {
      StageFiles.deleteTree(dir);
    }
    Instant start = Instant.now();
    long t0 = System.nanoTime();
    Fingerprint fp = d.fingerprint();
    record(stage, new StageRecord(StageRecord.RUNNING, fp.total(), fp.config(), fp.inputs(), start.toString(),
        null, null, null, null, null, null, null));
    terminal.line(stage.key() + ": running (" + d.reason() + ")");
    StageWork work = work(stage);
    RootConfig config = ConfigCopy.with(setup.config(), "output", dir.toString());
    StageContext context = new StageContext(config, runDir, setup.plan().generators(), terminal.writer());
    StageOutcome outcome;
    try (ProgressTicker ticker = ticker(stage, work, estimate)) {
      outcome = work.run(context);
    } catch (RuntimeException e) {
      double seconds = (System.nanoTime() - t0) / 1e9;
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      record(stage, new StageRecord(StageRecord.FAILED, fp.total(), fp.config(), fp.inputs(), start.toString(),
          Instant.now().toString(), round(seconds), null, null, null, null, error));
      reports.add(new StageReport(stage, StageReport.FAILED, error, 0, 0, LlmUsage.NONE, seconds, Map.of()));
      throw new RunFailedException(stage.key() + " failed: " + error + "\nFinished stages stay done; run the same "
          + "command again to resume (model calls that finished are cached and free).", e, summary(null));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    record(stage, new StageRecord(StageRecord.DONE, fp.total(), fp.config(), fp.inputs(), start.toString(),
        Instant.now().toString(), round(seconds), outcome.recordsIn(), outcome.recordsOut(), outcome.llm(),
        outcome.outputs(), null));
    reports.add(new StageReport(stage, StageReport.RAN, d.reason(), outcome.recordsIn(), outcome.recordsOut(),
        outcome.llm(), seconds, outcome.outputs()));
    terminal.line(indent(outcome.text()));
    String[] units = StageReport.units(stage);
    terminal.line(String.format(Locale.ROOT, "%s: done in %s: %d %s -> %d %s; %d model calls, %d cached",
        stage.key(), ProgressLine.clock(seconds), outcome.recordsIn(), units[0], outcome.recordsOut(), units[1],
        outcome.llm().calls(), outcome.llm().cacheHits()));
  }

  private ProgressTicker ticker(Stage stage, StageWork work, StageEstimate estimate) {
    if (!work.llmSteps().isEmpty() && Estimators.usesLlm(stage, setup.config())) {
      LongSupplier calls = new LlmProgress(setup.config().llm(), work.llmSteps());
      return ProgressTicker.start(terminal, new ProgressLine(stage.folder(), "calls", estimate.calls(),
          !estimate.exact()), calls);
    }
    return ProgressTicker.start(terminal, ProgressLine.elapsed(stage.folder()), () -> 0);
  }

  private static StageWork work(Stage stage) {
    return switch (stage) {
      case SELF_INSTRUCT, SELF_QA, SELF_KG -> new GeneratorStage(stage);
      case CURATE -> new CurateStage();
      case EXPORT -> new ExportStage();
      case TRAIN -> new TrainStage();
    };
  }

  private void record(Stage stage, StageRecord record) {
    state = state.with(stage, record);
    state.write(runDir);
  }

  private RunSummary summary(String report) {
    List<StageReport> all = new ArrayList<>(reports);
    for (Stage s : setup.plan().stages()) {
      if (all.stream().noneMatch(r -> r.stage() == s)) {
        all.add(StageReport.notRun(s));
      }
    }
    all.sort(java.util.Comparator.comparing(StageReport::stage));
    return new RunSummary(setup.plan().name(), runDir.toString(), all, (System.nanoTime() - started) / 1e9, report);
  }

  private static double round(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }
}
