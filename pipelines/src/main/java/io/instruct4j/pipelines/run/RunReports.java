package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.progress.Terminal;
import io.instruct4j.pipelines.report.ReportFiles;
import io.instruct4j.pipelines.report.RunReport;
import java.nio.file.Path;

/** Writes the run report ({@code report.md}, {@code report.html}) at the end of a run. */
final class RunReports {

  private RunReports() {}

  /**
   * Writes the report into {@code runDir}; returns the HTML file's path relative to the run folder,
   * or null when it could not be written. A report is a view of files the run already wrote, so a
   * failure to draw it is a warning, never a failed run: the dataset is complete either way, and
   * {@code RunReport} can be rebuilt from the folder later.
   */
  static String write(Path runDir, Terminal terminal) {
    try {
      ReportFiles files = RunReport.write(runDir);
      return runDir.relativize(files.html()).toString().replace('\\', '/');
    } catch (RuntimeException e) {
      terminal.line("warning: the run report could not be written: " + e.getMessage());
      return null;
    }
  }
}
